import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeTap } from '../../../src/channels/telegram/callback-data.ts';
import type { Question } from '../../../src/features/questionnaires/definitions.ts';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';
import { localDay } from '../../../src/core/time.ts';
import type { SentMessage, SimulatedUser } from '../../helpers/bot-api/index.ts';
import { planWalk, type WalkStep } from '../../helpers/walk.ts';
import { plainText, startHarness, type Harness, enrol } from './harness.ts';

const [q] = loadQuestionnaires(defaultQuestionnairesDir);
if (!q) throw new Error('no questionnaire');

/** The values a typed line stands for, on a question shown with buttons; null when it is typed. */
function valuesOf(question: Question, line: string): string[] | null {
  if (question.type === 'single' || question.type === 'multiple')
    return line.split(',').map((n) => question.choices[Number(n) - 1]?.value ?? '?');
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

  /**
   * Waits for the message showing `question` (or the review) after the last action. Questions
   * are numbered among those that apply, which the service domain changes: they are found by label.
   */
  async function nextQuestion(user: SimulatedUser, question: Question | 'review', locale: 'fr' | 'ar' = 'fr') {
    const shows = (text: string) =>
      question === 'review' ? /Revue —|مراجعة —/.test(text) : text.includes(question.label[locale]);
    return h.api.waitFor(
      () =>
        h.api
          .sentMessages(user.chatId)
          .filter((m) => shows(plainText(m.text)))
          .at(-1),
      10_000,
      `question ${question === 'review' ? 'review' : question.id}`,
    );
  }

  async function tapValue(user: SimulatedUser, message: SentMessage, value: string) {
    for (let turn = 0; turn < 10; turn++) {
      const current = h.api.message(user.chatId, message.message_id);
      const target = buttons(current).find((b) => {
        const action = decodeTap(b.callback_data)?.action;
        return action && 'item' in action && 'value' in action.item && action.item.value === value;
      });
      if (target?.callback_data) return user.tap(message.message_id, target.callback_data);
      const edits = current?.edits ?? 0;
      // Not on this page: turn it forward (▶️, or ◀️ in Arabic: the page furthest on).
      const turns = buttons(current).flatMap((b) => {
        const action = decodeTap(b.callback_data)?.action;
        return action?.op === 'page' ? [{ page: action.page, data: b.callback_data ?? '' }] : [];
      });
      const forward = turns.sort((a, b) => b.page - a.page)[0]?.data ?? '';
      await user.tap(message.message_id, forward);
      await h.api.waitFor(() => (h.api.message(user.chatId, message.message_id)?.edits ?? 0) > edits);
    }
    throw new Error(`no button for ${value}`);
  }

  it.each(['fr', 'ar'] as const)('full walk in %s, then submit', async (locale) => {
    const user = h.api.user(locale === 'fr' ? 8001 : 8002, { firstName: 'Walker', languageCode: locale });
    await enrol(h, user);
    await user.send('/diagnostic');
    const [list] = await user.replies(1);
    await user.tap(list?.message_id ?? 0, buttons(list)[0]?.callback_data ?? '');
    const steps: WalkStep[] = planWalk(q, locale, localDay(new Date(), 'Africa/Tunis'));
    let tapped = 0;
    let photoId = '';
    for (const [i, stepToTake] of steps.entries()) {
      const question = q.byId.get(stepToTake.questionId) as Question;
      const shown = await nextQuestion(user, question, locale);
      const values = valuesOf(question, stepToTake.line);
      if (values && buttons(shown).length > 0) {
        for (const value of values) {
          const edits = h.api.message(user.chatId, shown.message_id)?.edits ?? 0;
          await tapValue(user, shown, value);
          if (question.type === 'multiple')
            await h.api.waitFor(() => (h.api.message(user.chatId, shown.message_id)?.edits ?? 0) > edits);
        }
        if (question.type === 'multiple') await user.tapLabel(locale === 'fr' ? 'Valider' : 'تأكيد');
        tapped++;
        // The answered question keeps its text and shows the answer instead of the keyboard.
        await h.api.waitFor(() => plainText(h.api.message(user.chatId, shown.message_id)?.text).includes('✅'));
        expect(h.api.message(user.chatId, shown.message_id)?.reply_markup).toBeUndefined();
        // Several answers are listed with the language's comma (« ، » in Arabic).
        if (question.type === 'multiple' && values.length > 1) {
          const chosen = values.map((v) => question.choices.find((c) => c.value === v)?.label[locale] ?? v);
          expect(plainText(h.api.message(user.chatId, shown.message_id)?.text)).toContain(
            `✅ ${chosen.join(locale === 'ar' ? '، ' : ', ')}`,
          );
        }
      } else if (question.type === 'photo') {
        // A photo question is answered with a photo sent in the chat.
        const sent = await user.sendPhoto('Guichet');
        photoId = ((sent.message as { photo: { file_id: string }[] }).photo.at(-1) as { file_id: string }).file_id;
      } else {
        await user.send(stepToTake.line);
      }
      const next = steps[i + 1];
      if (next) await nextQuestion(user, q.byId.get(next.questionId) as Question, locale);
    }
    await nextQuestion(user, 'review');
    expect(tapped).toBeGreaterThan(20);
    await user.send('/submit');
    // The summary comes with its two buttons; nothing is submitted before « Confirmer la soumission ».
    const [summary] = await user.replies(1);
    expect(plainText(summary?.text)).toContain(locale === 'fr' ? 'au nom de' : 'باسم');
    expect(buttons(summary).map((b) => plainText(b.text))).toEqual(
      locale === 'fr'
        ? ['✅ Confirmer la soumission', '↩️ Revenir à la revue']
        : ['✅ تأكيد التقديم', '↩️ الرجوع إلى المراجعة'],
    );
    expect(
      (await h.db.questionnaireRun.findFirstOrThrow({ where: { team: { slug: `t${user.chatId}` } } })).status,
    ).toBe('open');
    await user.tapLabel(locale === 'fr' ? 'Confirmer la soumission' : 'تأكيد التقديم');
    await h.api.waitFor(
      () => h.api.sentMessages(user.chatId).some((m) => /Questionnaire soumis|قُدِّم الاستبيان/.test(plainText(m.text))),
      15_000,
      'submission',
    );
    const run = await h.db.questionnaireRun.findFirstOrThrow({ where: { team: { slug: `t${user.chatId}` } } });
    expect(run.status).toBe('submitted');
    expect(await h.db.answer.count({ where: { runId: run.id } })).toBe(steps.length);
    // The photo reached the core: its largest size is the answer.
    const photo = await h.db.answer.findFirstOrThrow({ where: { runId: run.id, questionId: 'q_reception_photo' } });
    expect(photoId).not.toBe('');
    expect(JSON.parse(photo.value ?? 'null')).toBe(photoId);
    // The scores chart comes as a photo right after the results; /report sends the team's report.
    const chart = await h.api.waitFor(
      () => h.api.sentMessages(user.chatId).find((m) => m.kind === 'photo'),
      15_000,
      'the chart',
    );
    expect(
      Buffer.from(chart.file?.bytes ?? [])
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await user.send('/report');
    const report = await h.api.waitFor(
      () => h.api.sentMessages(user.chatId).find((m) => m.kind === 'document'),
      20_000,
      'the report',
    );
    // Named in the reader's language, the Arabic word arriving whole through the upload.
    expect(report.file?.name).toMatch(locale === 'fr' ? /^jawda-rapport-.+\.docx$/ : /^jawda-تقرير-.+\.docx$/u);
    expect(
      Buffer.from(report.file?.bytes ?? [])
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    // Every message fits Telegram's limits: text length, callback data bytes, buttons a row.
    for (const m of h.api.sentMessages(user.chatId)) {
      expect((m.text ?? '').length).toBeLessThanOrEqual(4096);
      for (const row of m.reply_markup?.inline_keyboard ?? []) {
        expect(row.length).toBeLessThanOrEqual(8);
        for (const b of row) expect(Buffer.byteLength(b.callback_data ?? '')).toBeLessThanOrEqual(64);
      }
    }
  });

  it.each(['fr', 'ar'] as const)(
    'on a phone (%s): the list before the footer, number buttons on two rows, and once answered only the question and « ✅ answer »',
    async (locale) => {
      const user = h.api.user(locale === 'fr' ? 8020 : 8021, { firstName: 'Phone', languageCode: locale });
      await enrol(h, user);
      await user.send('/diagnostic');
      const [list] = await user.replies(1);
      await user.tap(list?.message_id ?? 0, buttons(list)[0]?.callback_data ?? '');
      const domain = q.byId.get('q_service_domain') as Question;
      if (domain.type !== 'single') throw new Error('q_service_domain is not a single choice');
      for (const stepToTake of planWalk(q, locale, localDay(new Date(), 'Africa/Tunis'))) {
        const question = q.byId.get(stepToTake.questionId) as Question;
        const shown = await nextQuestion(user, question, locale);
        if (question.id !== domain.id) {
          await user.send(stepToTake.line);
          continue;
        }
        const lines = plainText(shown.text).split('\n');
        const footer = locale === 'fr' ? '? aide · /back retour' : '? مساعدة · /back رجوع';
        // Question, its choices in full, then how to get help: the footer is the last line.
        expect(lines.at(-1)).toContain(footer);
        expect(lines.findIndex((l) => l.includes(domain.label[locale]))).toBeLessThan(
          lines.findIndex((l) => l.includes(domain.choices[0]?.label[locale] ?? '?')),
        );
        expect(buttons(shown).map((b) => b.text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
        expect(shown.reply_markup?.inline_keyboard).toHaveLength(2);
        await user.tapLabel('9');
        await nextQuestion(user, q.byId.get('q_residents_served') as Question, locale);
        const answered = plainText(h.api.message(user.chatId, shown.message_id)?.text);
        expect(answered).toMatch(
          new RegExp(
            `${domain.label[locale].replace(/[?؟()]/g, '.')}\\n\\n✅ ${domain.choices.at(-1)?.label[locale]}$`,
          ),
        );
        expect(answered).not.toContain(footer);
        expect(answered).not.toContain(domain.choices[0]?.label[locale]);
        return;
      }
    },
  );

  it('a question shown again (/status, a refused answer) keeps one keyboard: the earlier copy loses its buttons', async () => {
    const user = h.api.user(8030, { firstName: 'Again', languageCode: 'fr' });
    await enrol(h, user);
    await user.send('/diagnostic');
    const [list] = await user.replies(1);
    await user.tap(list?.message_id ?? 0, buttons(list)[0]?.callback_data ?? '');
    const domain = q.byId.get('q_service_domain') as Question;
    const copies = () => h.api.sentMessages(user.chatId).filter((m) => plainText(m.text).includes(domain.label.fr));
    for (const stepToTake of planWalk(q, 'fr', localDay(new Date(), 'Africa/Tunis'))) {
      const question = q.byId.get(stepToTake.questionId) as Question;
      await nextQuestion(user, question);
      if (question.id !== domain.id) {
        await user.send(stepToTake.line);
        continue;
      }
      await user.send('/status');
      await h.api.waitFor(() => copies().length === 2);
      await user.send('12');
      await h.api.waitFor(() => copies().length === 3);
      await h.idle();
      // Only the last copy has buttons; the earlier ones keep their text, without « ✅ ».
      expect(copies().map((m) => buttons(m).length)).toEqual([0, 0, 9]);
      expect(copies().some((m) => plainText(m.text).includes('✅'))).toBe(false);
      await user.tapLabel('1');
      await nextQuestion(user, q.byId.get('q_residents_served') as Question);
      expect(plainText(copies()[2]?.text)).toContain('✅');
      return;
    }
  });

  it.each(['fr', 'ar'] as const)(
    '/submit too early (%s) names the missing questions in spans a phone line holds (« 2–4, 6, 8, 10, 12–34 »)',
    async (locale) => {
      const user = h.api.user(locale === 'fr' ? 8040 : 8041, { firstName: 'Early', languageCode: locale });
      await enrol(h, user);
      await user.send('/diagnostic');
      const [list] = await user.replies(1);
      await user.tap(list?.message_id ?? 0, buttons(list)[0]?.callback_data ?? '');
      const [first, second] = planWalk(q, locale, localDay(new Date(), 'Africa/Tunis'));
      await nextQuestion(user, q.byId.get(first?.questionId ?? '') as Question, locale);
      await user.send(first?.line ?? '');
      await nextQuestion(user, q.byId.get(second?.questionId ?? '') as Question, locale);
      await user.send('/submit');
      const [refusal] = await user.replies(1);
      const text = plainText(refusal?.text);
      // Question 1 answered, the budget (5) and the photo (7) optional, the sources of the results
      // (9, 11) only may apply: the rest is missing.
      expect(text).toContain(locale === 'fr' ? '(2–4, 6, 8, 10, 12–' : '(2–4، 6، 8، 10، 12–');
      expect(text.length).toBeLessThan(200);
    },
  );

  it('an indicator: a typed 1 is the value 1 and replaces its keyboard, a tap on « Non mesuré » is that answer', async () => {
    const user = h.api.user(8010, { firstName: 'Measurer', languageCode: 'fr' });
    await enrol(h, user);
    await user.send('/diagnostic');
    const [list] = await user.replies(1);
    await user.tap(list?.message_id ?? 0, buttons(list)[0]?.callback_data ?? '');
    const run = async () => h.db.questionnaireRun.findFirstOrThrow({ where: { team: { slug: `t${user.chatId}` } } });
    const value = async (questionId: string): Promise<unknown> => {
      const row = await h.db.answer.findFirst({ where: { runId: (await run()).id, questionId } });
      return row ? (JSON.parse(row.value ?? 'null') as unknown) : undefined;
    };
    let typedValue: SentMessage | undefined;
    let offered = 0;
    let words: string[] = [];
    for (const stepToTake of planWalk(q, 'fr', localDay(new Date(), 'Africa/Tunis'))) {
      const question = q.byId.get(stepToTake.questionId) as Question;
      const shown = await nextQuestion(user, question);
      if (question.id === 'q_cr_wait_minutes') {
        typedValue = shown;
        offered = buttons(shown).length;
        words = buttons(shown).map((b) => b.text);
      }
      if (question.id === 'q_cr_same_day_share') {
        await tapValue(user, shown, 'not_measured');
        break;
      }
      const values = valuesOf(question, stepToTake.line);
      if (values && buttons(shown).length > 0) for (const v of values) await tapValue(user, shown, v);
      else await user.send(question.id === 'q_cr_wait_minutes' ? '1' : stepToTake.line);
    }
    // Not measured: no source is asked, the next indicator comes.
    await nextQuestion(user, q.byId.get('q_cr_rework_rate') as Question);
    expect(await value('q_cr_wait_minutes')).toBe(1);
    expect(await value('q_cr_same_day_share')).toBe('not_measured');
    // The value typed beside « Non mesuré | Sans objet » took their keyboard away: no stale buttons.
    expect(offered).toBe(2);
    // The hint points at them, the buttons say them (WhatsApp and the console list them as lines).
    expect(words).toEqual(['Non mesuré', 'Sans objet']);
    expect(plainText(typedValue?.text)).toContain(
      "Répondez par la valeur mesurée (minutes), ou par l'une des deux réponses ci-dessous.",
    );
    const typedOver = h.api.message(user.chatId, typedValue?.message_id ?? 0);
    expect(typedOver?.reply_markup).toBeUndefined();
    // Shown as saved, with its unit, not as typed.
    expect(plainText(typedOver?.text)).toMatch(/\n✅ 1 minute$/);
  });

  it('a question answered by typing shows the typed choice instead of its keyboard; an empty "Valider" keeps the keyboard', async () => {
    const user = h.api.user(8003, { firstName: 'Typist', languageCode: 'fr' });
    await enrol(h, user);
    await user.send('/diagnostic');
    const [list] = await user.replies(1);
    await user.tap(list?.message_id ?? 0, buttons(list)[0]?.callback_data ?? '');
    const steps = planWalk(q, 'fr', localDay(new Date(), 'Africa/Tunis'));
    const run = async () => h.db.questionnaireRun.findFirstOrThrow({ where: { team: { slug: `t${user.chatId}` } } });
    let typedOver: { message: SentMessage; questionId: string; line: string } | undefined;
    let reachedDomain = false;
    for (const [i, stepToTake] of steps.entries()) {
      const question = q.byId.get(stepToTake.questionId) as Question;
      const shown = await nextQuestion(user, question);
      if (question.type === 'multiple') {
        // 1. The first question with buttons was answered by typing: its keyboard was replaced by
        // the typed choice ("✅ <label>"), so its old buttons can no longer be tapped.
        if (!typedOver) throw new Error('no button question before the first multiple one');
        expect(reachedDomain).toBe(true);
        const edited = h.api.message(user.chatId, typedOver.message.message_id);
        expect(edited?.reply_markup?.inline_keyboard ?? []).toHaveLength(0);
        expect(plainText(edited?.text)).toMatch(/✅ \S/);
        const kept = await h.db.answer.findMany({
          where: { runId: (await run()).id, questionId: typedOver.questionId },
        });
        expect(kept).toHaveLength(1);

        // 2. "Valider" with nothing marked: the core refuses and asks again; the keyboard stays, no ✅.
        await user.tapLabel('Valider');
        const [error, again] = await user.replies(2);
        expect(plainText(error?.text)).toContain('⚠️');
        expect(plainText(again?.text)).toContain(question.label.fr);
        const old = h.api.message(user.chatId, shown.message_id);
        expect(old?.reply_markup?.inline_keyboard?.flat().length).toBe(buttons(shown).length);
        expect(plainText(old?.text)).not.toContain('✅');
        expect(await h.db.answer.count({ where: { runId: (await run()).id, questionId: question.id } })).toBe(0);

        // 3. Marked and validated on the question asked again: taken, shown in place of its keyboard.
        const first = question.type === 'multiple' ? question.choices[0] : undefined;
        const edits = again?.edits ?? 0;
        if (!again || !first) throw new Error('no question asked again');
        await tapValue(user, again, first.value);
        await h.api.waitFor(() => (h.api.message(user.chatId, again?.message_id ?? 0)?.edits ?? 0) > edits);
        await user.tapLabel('Valider');
        await nextQuestion(user, q.byId.get(steps[i + 1]?.questionId ?? '') as Question);
        expect(plainText(h.api.message(user.chatId, again?.message_id ?? 0)?.text)).toContain(
          `✅ ${first?.label.fr ?? ''}`,
        );
        expect(h.api.message(user.chatId, again?.message_id ?? 0)?.reply_markup).toBeUndefined();
        return;
      }
      if (!typedOver && buttons(shown).length > 0)
        typedOver = { message: shown, questionId: question.id, line: stepToTake.line };
      // The domain typed as people type it: part of its label, unaccented.
      const chosen = question.type === 'single' ? question.choices[Number(stepToTake.line) - 1] : undefined;
      if (question.id === 'q_service_domain' && chosen?.value === 'civil_registry') {
        reachedDomain = true;
        await user.send('etat civil');
        await nextQuestion(user, q.byId.get(steps[i + 1]?.questionId ?? '') as Question);
        // Shown under the question as saved: the full label, not the words typed.
        expect(plainText(h.api.message(user.chatId, shown.message_id)?.text)).toMatch(
          new RegExp(`\\n✅ ${chosen.label.fr}$`),
        );
        continue;
      }
      await user.send(stepToTake.line);
      const next = steps[i + 1];
      if (next) await nextQuestion(user, q.byId.get(next.questionId) as Question);
    }
    throw new Error('questionnaire 1 has no multiple-choice question');
  });
});
