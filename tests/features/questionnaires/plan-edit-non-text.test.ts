// A voice note (or a sticker) in the middle of « /plan edit 1 »: said that it was not read, that
// nothing changed in the action and what this step of the edit waits for (a field from the list, or
// the new title, pilot, due date, indicator or target written in a message) — the edit's own words,
// not the questionnaire's « choisissez votre réponse dans la question ». The edit stays open, its step
// is asked again, and the value typed afterwards is saved as usual. Real core, real database, in
// French and Arabic (right to left).
import { describe, expect, it } from 'vitest';
import type { InboundMessage, NonTextKind, Sender } from '../../../src/core/messages.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { bare, choice, lastChoices, plain, text } from '../../helpers/messages.ts';
import { useTwoPlanTeams } from '../../helpers/plan-teams.ts';

const setup = useTwoPlanTeams('gnt');
const { amel, sami, teams, handle, actions } = setup;

let sent = 0;
const nonText = (from: Sender, what: NonTextKind): InboundMessage => ({
  id: `pe-nt-${++sent}`,
  from,
  receivedAt: new Date(),
  kind: 'unsupported',
  what,
});

const words = {
  fr: {
    who: amel,
    team: () => teams.amel,
    edit: '/plan edit 1',
    pick: "✏️ Modifier l'action 1",
    sticker: '⚠️ Je ne peux pas lire les autocollants.',
    voice: '⚠️ Je ne peux pas écouter les messages vocaux ni les fichiers audio.',
    list: "Rien n'a changé dans l'action 1 : choisissez dans la liste ci-dessous ce que vous voulez modifier.",
    steps: {
      title: "Rien n'a changé dans l'action 1 : écrivez son nouveau titre dans un message.",
      owner: "Rien n'a changé dans l'action 1 : écrivez dans un message le nom ou la fonction de son pilote.",
      dueDate:
        "Rien n'a changé dans l'action 1 : écrivez sa nouvelle échéance dans un message, par exemple « fin janvier ».",
      indicator: "Rien n'a changé dans l'action 1 : écrivez son nouvel indicateur dans un message.",
      target: "Rien n'a changé dans l'action 1 : écrivez sa nouvelle cible dans un message.",
    },
    questionnaire: 'choisissez votre réponse',
    ask: "Qui pilote l'action 1 ?",
    saved: '👤 Pilote : Mme Ben Ali.',
    cancel: 'annuler',
  },
  ar: {
    who: sami,
    team: () => teams.sami,
    edit: '/plan تعديل 1',
    pick: 'تعديل الإجراء 1',
    sticker: '⚠️ لا يمكنني قراءة الملصقات.',
    voice: '⚠️ لا يمكنني الاستماع إلى الرسائل الصوتية ولا إلى الملفات الصوتية.',
    list: 'لم يتغيّر شيء في الإجراء 1: اختر من القائمة أدناه ما تريد تعديله.',
    steps: {
      title: 'لم يتغيّر شيء في الإجراء 1: اكتب عنوانه الجديد في رسالة.',
      owner: 'لم يتغيّر شيء في الإجراء 1: اكتب في رسالة اسم من يقوده أو وظيفته.',
      dueDate: 'لم يتغيّر شيء في الإجراء 1: اكتب أجله الجديد في رسالة، مثلًا « آخر جانفي ».',
      indicator: 'لم يتغيّر شيء في الإجراء 1: اكتب مؤشّره الجديد في رسالة.',
      target: 'لم يتغيّر شيء في الإجراء 1: اكتب هدفه الجديد في رسالة.',
    },
    questionnaire: 'اختر إجابتك',
    ask: 'من يقود الإجراء 1؟',
    saved: 'Mme Ben Ali',
    cancel: 'إلغاء',
  },
} as const;

/** The first message of the replies, as sent (direction marks kept) and as read. */
const said = (replies: Awaited<ReturnType<typeof handle>>) => {
  const first = replies[0];
  const raw = first && 'text' in first ? first.text : '';
  return { raw, read: bare(raw) };
};

describe.each(['fr', 'ar'] as const)('a voice note in the middle of a plan edit, in %s', (locale) => {
  const w = words[locale];

  it('at the list: the edit’s own words, then the list again', async () => {
    const fields = lastChoices(await handle(text(w.who, w.edit)));
    const atList = await handle(nonText(w.who, 'sticker'));
    expect(said(atList).read).toBe(`${w.sticker} ${w.list}`);
    expect(plain(atList)).not.toContain(w.questionnaire);
    expect(plain(atList)).not.toContain('/help');
    if (locale === 'ar') expect(bidiProblems(said(atList).raw)).toEqual([]);
    const again = lastChoices(atList);
    expect(bare(again.text)).toContain(w.pick);
    expect(again.choices.map((c) => c.value)).toEqual(fields.choices.map((c) => c.value));
    await handle(text(w.who, w.cancel));
  });

  it.each(['title', 'owner', 'dueDate', 'indicator', 'target'] as const)(
    'at the new %s: said for that field, then it is asked again; nothing changed',
    async (field) => {
      const fields = lastChoices(await handle(text(w.who, w.edit)));
      const asked = lastChoices(await handle(choice(w.who, fields.promptId, [field])));
      const atValue = await handle(nonText(w.who, 'voice'));
      expect(said(atValue).read).toBe(`${w.voice} ${w.steps[field]}`);
      if (locale === 'ar') expect(bidiProblems(said(atValue).raw)).toEqual([]);
      expect(lastChoices(atValue).promptId).toBe(asked.promptId);
      expect(lastChoices(atValue).text).toBe(asked.text);
      await handle(text(w.who, w.cancel));
      expect((await actions(w.team()))[0]).toMatchObject({
        title: 'Afficher les horaires',
        owner: null,
        dueDate: null,
      });
    },
  );

  it('the value typed after a voice note is saved', async () => {
    const fields = lastChoices(await handle(text(w.who, w.edit)));
    await handle(choice(w.who, fields.promptId, ['owner']));
    const atValue = await handle(nonText(w.who, 'voice'));
    expect(bare(lastChoices(atValue).text)).toContain(w.ask);
    expect(bare(plain(await handle(text(w.who, 'Mme Ben Ali'))))).toContain(w.saved);
    expect((await actions(w.team()))[0]?.owner).toBe('Mme Ben Ali');
  });
});
