import { beforeAll, describe, expect, it } from 'vitest';
import { teamDeadlineDueSoon } from '../../helpers/deadlines.ts';
import { useAppHarness, type AppHarness } from './app-harness.ts';

// /deadlines typed in the middle of a questionnaire: the question comes back under the list, so a
// lone number answers the question. The list says how to mark one of its deadlines done instead:
// « /deadlines 1 », which does so and leaves the question open.
const salma = '21655123456@c.us';
const karim = '21698765432@c.us';
const h: AppHarness = useAppHarness([
  { externalId: salma, displayName: 'Salma Ben Ali', locale: 'fr', slug: 'sfax' },
  { externalId: karim, displayName: 'Karim Trabelsi', locale: 'ar', slug: 'gabes' },
]);

const deadlines = new Map<string, string>();
beforeAll(async () => {
  for (const chat of [salma, karim]) {
    const { personId } = await h.app.db.identity.findFirstOrThrow({ where: { externalId: chat } });
    const { teamId } = await h.app.db.teamMember.findFirstOrThrow({ where: { personId } });
    const deadline = await teamDeadlineDueSoon(h.app.db, teamId, 'Note de cadrage', 'مذكرة الإطار');
    deadlines.set(chat, deadline.id);
  }
});

async function doneAt(chat: string) {
  const { personId } = await h.app.db.identity.findFirstOrThrow({ where: { externalId: chat } });
  const status = await h.app.db.deadlineStatus.findUnique({
    where: { deadlineId_personId: { deadlineId: deadlines.get(chat) ?? '', personId } },
  });
  return status?.doneAt;
}

describe('/deadlines while a question is open, on WhatsApp', () => {
  it('French: the list says to type /deadlines and its number; that marks it done and the question stays', async () => {
    await h.say(salma, '/diagnostic 1');
    const list = await h.say(salma, '/deadlines');
    expect(list[0]).toContain('Note de cadrage');
    expect(list[0]).toContain(
      'ℹ️ Un numéro seul répond à la question ouverte. Pour une échéance de cette liste, tapez /deadlines suivi de son numéro, par exemple /deadlines 1 :',
    );
    expect(list.at(-1)).toContain('Quel est le nom du service diagnostiqué ?');

    expect((await h.say(salma, '/deadlines 2'))[0]).toBe(
      "Il n'y a pas d'échéance n° 2 : la liste n'en compte qu'une, /deadlines 1.",
    );
    expect(await doneAt(salma)).toBeUndefined();
    const done = await h.say(salma, '/deadlines 1');
    expect(done[0]).toBe(
      "✅ C'est noté : « Note de cadrage » est fait. Plus de rappel pour celle-ci.\nCoché par erreur ? /deadlines undo",
    );
    expect(done.at(-1)).toContain('Quel est le nom du service diagnostiqué ?');
    expect(await doneAt(salma)).toBeInstanceOf(Date);
  });

  it('Arabic: the same, with Arabic digits typed', async () => {
    await h.say(karim, '/diagnostic 1');
    const list = await h.say(karim, '/deadlines');
    expect(list[0]).toContain(
      'ℹ️ الرقم وحده يجيب عن السؤال المفتوح. لأجلٍ من هذه القائمة، اكتب /deadlines متبوعًا برقمه، مثلًا /deadlines 1:',
    );
    expect((await h.say(karim, '/deadlines ٢'))[0]).toBe('لا يوجد أجل رقم 2: في القائمة أجل واحد فقط، /deadlines 1.');
    const done = await h.say(karim, '/آجال ١');
    expect(done.at(-1)).toContain('ما هو اسم المرفق موضوع التشخيص؟');
    expect(await doneAt(karim)).toBeInstanceOf(Date);
  });
});
