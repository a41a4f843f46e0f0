import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeTap } from '../../../src/channels/telegram/callback-data.ts';
import type { Question } from '../../../src/features/questionnaires/definitions.ts';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';
import { tunisToday } from '../../../src/features/questionnaires/session.ts';
import type { SentMessage, SimulatedUser } from '../../helpers/bot-api/index.ts';
import { planWalk, type WalkStep } from '../../helpers/walk.ts';
import { plainText, startHarness, type Harness } from './harness.ts';

const [q] = loadQuestionnaires(defaultQuestionnairesDir);
if (!q) throw new Error('no questionnaire');

/** The values a typed line stands for, on a question shown with buttons; null when it is typed. */
function valuesOf(question: Question, line: string): string[] | null {
  if (question.type === 'single' || question.type === 'multiple') return line.split(',').map((n) => question.choices[Number(n) - 1]?.value ?? '?');
  if (question.type === 'yesno') return [['oui', 'نعم'].includes(line) ? 'yes' : 'no'];
  if (question.type === 'scale') return [line];
  return null;
}

const buttons = (m: SentMessage | undefined) => m?.reply_markup?.inline_keyboard?.flat() ?? [];

describe('questionnaire 1 walked on Telegram: buttons for choices, text for the rest', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  async function enrol(user: SimulatedUser) {
    await user.send('/start');
    await user.replies(2);
    const identity = await h.db.identity.findUniqueOrThrow({ where: { channel_externalId: { channel: 'telegram', externalId: String(user.chatId) } } });
    const cohort = await h.db.cohort.upsert({ where: { name: 'Test' }, update: {}, create: { name: 'Test' } });
    const team = await h.db.team.create({ data: { slug: `t${user.chatId}`, name: `Équipe ${user.chatId}`, commune: 'Béja', cohortId: cohort.id } });
    await h.db.teamMember.create({ data: { teamId: team.id, personId: identity.personId } });
  }

  /** Waits for the message showing question `number` (or the review) after the last action. */
  async function nextQuestion(user: SimulatedUser, number: number | 'review'): Promise<SentMessage> {
    const position = number === 'review' ? /Revue de|مراجعة/ : new RegExp(`(Question|السؤال) ${number}/${q?.answerableCount}\\b`);
    return h.api.waitFor(() => h.api.sentMessages(user.chatId).filter((m) => position.test(plainText(m.text))).at(-1), 10_000, `question ${number}`);
  }

  async function tapValue(user: SimulatedUser, message: SentMessage, value: string) {
    for (let turn = 0; turn < 10; turn++) {
      const current = h.api.message(user.chatId, message.message_id);
      const target = buttons(current).find((b) => {
        const action = decodeTap(b.callback_data)?.action;
        return action && 'item' in action && 'value' in action.item && action.item.value === value;
      });
      if (target?.callback_data) return user.tap(message.message_id, target.callback_data);
      // Not on this page: turn it.
      const edits = current?.edits ?? 0;
      await user.tap(message.message_id, buttons(current).find((b) => b.text === '▶️')?.callback_data ?? '');
      await h.api.waitFor(() => (h.api.message(user.chatId, message.message_id)?.edits ?? 0) > edits);
    }
    throw new Error(`no button for ${value}`);
  }

  it.each(['fr', 'ar'] as const)('full walk in %s, then submit', async (locale) => {
    const user = h.api.user(locale === 'fr' ? 8001 : 8002, { firstName: 'Walker', languageCode: locale });
    await enrol(user);
    await user.send('/diagnostic');
    const [list] = await user.replies(1);
    await user.tap(list?.message_id ?? 0, buttons(list)[0]?.callback_data ?? '');
    const steps: WalkStep[] = planWalk(q, locale, tunisToday(new Date()));
    let tapped = 0;
    for (const [i, stepToTake] of steps.entries()) {
      const question = q.byId.get(stepToTake.questionId) as Question;
      const shown = await nextQuestion(user, question.number ?? 0);
      const values = valuesOf(question, stepToTake.line);
      if (values && buttons(shown).length > 0) {
        for (const value of values) {
          const edits = h.api.message(user.chatId, shown.message_id)?.edits ?? 0;
          await tapValue(user, shown, value);
          if (question.type === 'multiple') await h.api.waitFor(() => (h.api.message(user.chatId, shown.message_id)?.edits ?? 0) > edits);
        }
        if (question.type === 'multiple') await user.tapLabel(locale === 'fr' ? 'Valider' : 'تأكيد');
        tapped++;
        // The answered question keeps its text and shows the answer instead of the keyboard.
        await h.api.waitFor(() => plainText(h.api.message(user.chatId, shown.message_id)?.text).includes('✅'));
        expect(h.api.message(user.chatId, shown.message_id)?.reply_markup).toBeUndefined();
      } else {
        await user.send(stepToTake.line);
      }
      const next = steps[i + 1];
      if (next) await nextQuestion(user, (q.byId.get(next.questionId) as Question).number ?? 0);
    }
    await nextQuestion(user, 'review');
    expect(tapped).toBeGreaterThan(20);
    await user.send('/submit');
    await h.api.waitFor(() => h.api.sentMessages(user.chatId).some((m) => /Questionnaire soumis|قُدِّم الاستبيان/.test(plainText(m.text))), 15_000, 'submission');
    const run = await h.db.questionnaireRun.findFirstOrThrow({ where: { team: { slug: `t${user.chatId}` } } });
    expect(run.status).toBe('submitted');
    expect(await h.db.answer.count({ where: { runId: run.id } })).toBe(steps.length);
    // Every message fits Telegram's limit.
    for (const m of h.api.sentMessages(user.chatId)) expect((m.text ?? '').length).toBeLessThanOrEqual(4096);
  });
});
