import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yesterdayInTunis } from '../../helpers/days.ts';
import type { SimulatedUser } from '../../helpers/bot-api/index.ts';
import { enrol, plainText, startHarness, typeLines, type Harness } from './harness.ts';

// /plan edit on Telegram: a due date already gone (« hier ») is refused in the same words typed in
// one line and given after the « Échéance » button, nothing is saved; a sticker at the list of what
// to change gets the edit's own words and the list again, with its buttons. French and Arabic.
const sticker = {
  sticker: {
    file_id: 'st',
    file_unique_id: 'u-st',
    type: 'regular',
    width: 512,
    height: 512,
    is_animated: false,
    is_video: false,
  },
};

const words = {
  fr: {
    hier: 'hier',
    line: '/plan edit 1 echeance hier',
    refused: (date: string) => `⚠️ « hier », c'est le ${date} : une date déjà passée. Rien n'a changé dans l'action 1.`,
    asIs: "L'action reste telle quelle :",
    button: 'Échéance',
    asked: "Nouvelle échéance de l'action 1 ?",
    sticker:
      "⚠️ Je ne peux pas lire les autocollants. Rien n'a changé dans l'action 1 : choisissez dans la liste ci-dessous ce que vous voulez modifier.",
    which: 'Que voulez-vous changer ?',
  },
  ar: {
    hier: 'أمس',
    line: '/plan edit 1 أجل أمس',
    refused: (date: string) => `⚠️ « أمس » يوافق يوم ${date}، وهو يوم قد مضى. لم يتغيّر شيء في الإجراء 1.`,
    asIs: 'الإجراء باقٍ كما هو:',
    button: 'الأجل',
    asked: 'الأجل الجديد للإجراء 1؟',
    sticker: '⚠️ لا يمكنني قراءة الملصقات. لم يتغيّر شيء في الإجراء 1: اختر من القائمة أدناه ما تريد تعديله.',
    which: 'ماذا تريد أن تغيّر؟',
  },
} as const;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

describe.each([
  ['fr', 8511],
  ['ar', 8512],
] as const)('/plan edit on Telegram, in %s', (locale, chatId) => {
  const w = words[locale];
  let user: SimulatedUser;
  const texts = (from: number) =>
    h.api
      .sentMessages(chatId)
      .slice(from)
      .map((m) => plainText(m.text));
  const dueDates = async () => {
    const team = await h.db.team.findUniqueOrThrow({ where: { slug: `t${chatId}` } });
    return (await h.db.actionItem.findMany({ where: { teamId: team.id } })).map((a) => a.dueDate);
  };

  beforeAll(async () => {
    user = h.api.user(chatId, { firstName: 'Nadia', languageCode: locale });
    await enrol(h, user);
    await typeLines(h, user, `/lang ${locale}`, '/plan add Afficher les horaires');
  });

  it('a past due date, in one line then after the button: the same refusal, nothing saved', async () => {
    let from = h.api.sentMessages(chatId).length;
    await typeLines(h, user, w.line);
    const inLine = texts(from);
    expect(inLine).toHaveLength(1);
    expect(inLine[0]?.split('\n')[0]).toBe(w.refused(yesterdayInTunis()));
    expect(inLine[0]).toContain(w.asIs);

    await typeLines(h, user, '/plan edit 1');
    await user.tapLabel(w.button);
    await h.idle();
    from = h.api.sentMessages(chatId).length;
    await typeLines(h, user, w.hier);
    const guided = texts(from).join('\n');
    expect(guided.split('\n')[0]).toBe(w.refused(yesterdayInTunis()));
    expect(guided).toContain(w.asked);
    expect(await dueDates()).toEqual([null]);
  });

  it('a sticker at the list of what to change: the edit’s own words, then the list with its buttons', async () => {
    await typeLines(h, user, '/plan edit 1');
    const from = h.api.sentMessages(chatId).length;
    await user.sendOther(sticker);
    await h.idle();
    const sent = h.api.sentMessages(chatId).slice(from);
    expect(plainText(sent[0]?.text)).toBe(w.sticker);
    expect(plainText(sent.at(-1)?.text)).toContain(w.which);
    expect(
      sent
        .at(-1)
        ?.reply_markup?.inline_keyboard?.flat()
        .map((b) => plainText(b.text)),
    ).toContain(w.button);
  });
});
