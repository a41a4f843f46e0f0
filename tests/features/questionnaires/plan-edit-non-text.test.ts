// A voice note (or a sticker) in the middle of « /plan edit 1 »: said that it was not read and that
// nothing changed, the edit stays open and its step is asked again (the list of what to change, or
// the new value); the value typed afterwards is saved as usual. Real core, real database, in French
// and Arabic.
import { describe, expect, it } from 'vitest';
import type { InboundMessage, NonTextKind, Sender } from '../../../src/core/messages.ts';
import { bare, choice, lastChoices, plain, text } from '../../helpers/messages.ts';
import { useTwoPlanTeams } from '../../helpers/plan-teams.ts';

const setup = useTwoPlanTeams('gnt');
const { amel, sami, teams, handle } = setup;

let sent = 0;
const nonText = (from: Sender, what: NonTextKind): InboundMessage => ({
  id: `pe-nt-${++sent}`,
  from,
  receivedAt: new Date(),
  kind: 'unsupported',
  what,
});
const { actions } = setup;

const words = {
  fr: {
    who: amel,
    team: () => teams.amel,
    edit: '/plan edit 1',
    pick: "✏️ Modifier l'action 1",
    atList:
      "⚠️ Je ne peux pas lire les autocollants. Rien n'a été enregistré : choisissez votre réponse dans la question ci-dessous.",
    atValue:
      "⚠️ Je ne peux pas écouter les messages vocaux ni les fichiers audio. Rien n'a été enregistré : écrivez votre réponse dans un message.",
    ask: "Qui pilote l'action 1 ?",
    saved: '👤 Pilote : Mme Ben Ali.',
    help: '/help',
  },
  ar: {
    who: sami,
    team: () => teams.sami,
    edit: '/plan تعديل 1',
    pick: 'تعديل الإجراء 1',
    atList: '⚠️ لا يمكنني قراءة الملصقات. لم يُسجَّل شيء: اختر إجابتك من السؤال أدناه.',
    atValue: '⚠️ لا يمكنني الاستماع إلى الرسائل الصوتية ولا إلى الملفات الصوتية. لم يُسجَّل شيء: اكتب إجابتك في رسالة.',
    ask: 'الإجراء 1',
    saved: 'Mme Ben Ali',
    help: '/help',
  },
} as const;

describe.each(['fr', 'ar'] as const)('a voice note in the middle of a plan edit, in %s', (locale) => {
  const w = words[locale];

  it('keeps the edit open at each step, asks it again, then saves the value typed', async () => {
    const fields = lastChoices(await handle(text(w.who, w.edit)));
    const atList = await handle(nonText(w.who, 'sticker'));
    expect(plain(atList)).toContain(w.atList);
    expect(plain(atList)).not.toContain(w.help);
    const again = lastChoices(atList);
    expect(bare(again.text)).toContain(w.pick);
    expect(again.choices.map((c) => c.value)).toEqual(fields.choices.map((c) => c.value));

    const asked = lastChoices(await handle(choice(w.who, again.promptId, ['owner'])));
    const atValue = await handle(nonText(w.who, 'voice'));
    expect(plain(atValue)).toContain(w.atValue);
    expect(lastChoices(atValue).promptId).toBe(asked.promptId);
    expect(bare(lastChoices(atValue).text)).toContain(w.ask);
    expect((await actions(w.team()))[0]?.owner).toBeNull();

    const saved = plain(await handle(text(w.who, 'Mme Ben Ali')));
    expect(bare(saved)).toContain(w.saved);
    expect((await actions(w.team()))[0]?.owner).toBe('Mme Ben Ali');
  });
});
