// `/plan edit` as a phone shows its replies: an edit without its value (« /plan edit 3 مسؤول »)
// gives its example for the action and the field typed, not action 2's owner; and one change is one
// reply (what changed, how a date was read, what to check, then the action as it now reads) instead
// of three or four messages (a date gone is refused in one reply too, the action shown as it stays). Real core, real database, in
// French and Arabic.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

let t: TestDb;
let handle: ReplyHandler;
const amel = sender({ externalId: 'amel', displayName: 'Amel' });
const sami = sender({ externalId: 'sami', displayName: 'Sami' });
const replies = (who: Sender, line: string) => handle(text(who, line));
const say = async (who: Sender, line: string) => plain(await replies(who, line));

beforeAll(async () => {
  t = await createTestDb();
  handle = questionnaireConversation(t.db, questionnaires);
  const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
  await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: 'beja', name: 'Béja' });
  await joinNewTeam(t.db, handle, sami, { cohortId: cohort.id, slug: 'sfax', name: 'Sfax' });
  await say(sami, '/lang ar');
  for (const who of [amel, sami])
    for (const title of ['Afficher les horaires', 'Former les agents', 'Ouvrir un registre'])
      await say(who, `/plan add ${title}`);
});
afterAll(() => t.cleanup());

describe('an edit without its value', () => {
  it.each([
    [amel.externalId, '/plan edit 3 responsable', 'Exemple : /plan edit 3 responsable Mme Ben Ali'],
    [amel.externalId, '/plan edit 3 مسؤول', 'Exemple : /plan edit 3 responsable Mme Ben Ali'],
    [amel.externalId, '/plan edit 1 echeance', 'Exemple : /plan edit 1 echeance 15/01/2027'],
    [sami.externalId, '/plan edit 3 مسؤول', 'مثال: /plan edit 3 مسؤول السيدة بن علي'],
    [sami.externalId, '/plan edit 1 أجل', 'مثال: /plan edit 1 أجل 15/01/2027'],
    [sami.externalId, '/plan edit 2 هدف', 'مثال: /plan edit 2 هدف 15 دقيقة انتظار على الأكثر'],
  ])('%s: « %s » gives the example for that action and that field', async (who, line, example) => {
    const reply = await say(who === 'amel' ? amel : sami, line);
    expect(reply).toContain(example);
  });
});

describe('one change', () => {
  it.each([
    [
      'amel',
      '/plan edit 2 échéance fin janvier',
      [
        'Action 2 modifiée.',
        '📅 Échéance : 31/01/2027.',
        '« fin janvier » : le dernier jour du mois. Pour un autre jour : /plan edit 2 echeance <jj/mm/aaaa>.',
        '',
        "L'action se lit maintenant :",
        '2. Former les agents',
        '👤 Pilote : pilote à nommer',
        '📅 Échéance : 31/01/2027',
        'Priorité : moyenne',
      ],
    ],
    [
      'amel',
      '/plan edit 3 echeance 01/12/2026',
      [
        "⚠️ Le 01/12/2026 est déjà passé. Rien n'a changé dans l'action 3.",
        'Donnez une échéance à venir, par exemple /plan edit 3 echeance 31/12/2026.',
        '',
        "L'action reste telle quelle :",
        '3. Ouvrir un registre',
        '👤 Pilote : pilote à nommer',
        '📅 Échéance : à définir',
        'Priorité : moyenne',
      ],
    ],
    [
      'sami',
      '/plan edit 2 الأجل آخر جانفي',
      [
        'عُدِّل الإجراء 2.',
        '📅 الأجل: 31/01/2027.',
        '« آخر جانفي »: آخر يوم في الشهر. ليوم آخر: /plan edit 2 الأجل <يوم/شهر/سنة>.',
        '',
        'الإجراء كما يُقرأ الآن:',
        'الإجراء 2: Former les agents (fr)',
        '👤 من يقوده: يُسمّى من يقوده',
        '📅 الأجل: 31/01/2027',
        'الأولوية: متوسطة',
      ],
    ],
    [
      'sami',
      '/plan edit 3 أجل 01/12/2026',
      [
        '⚠️ يوم 01/12/2026 قد مضى. لم يتغيّر شيء في الإجراء 3.',
        'اكتب أجلًا قادمًا، مثلًا /plan edit 3 الأجل 31/12/2026.',
        '',
        'الإجراء باقٍ كما هو:',
        'الإجراء 3: Ouvrir un registre (fr)',
        '👤 من يقوده: يُسمّى من يقوده',
        '📅 الأجل: يُحدَّد لاحقًا',
        'الأولوية: متوسطة',
      ],
    ],
  ])('%s: « %s » is one reply: what changed, then the action as it now reads', async (who, line, expected) => {
    const sent = await replies(who === 'amel' ? amel : sami, line);
    expect(sent).toHaveLength(1);
    expect(plain(sent).split('\n')).toEqual(expected);
  });
});
