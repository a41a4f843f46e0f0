// Early December, an SG types the date of a visit already made without its year: "15 déc" is last
// December's, recorded and said with its year; a due date typed "3 jan" is next January's (the
// real application, questionnaires and SQLite database, with a fixed clock).
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';

let app: App;
let fresh: FreshDatabase;
/** Wednesday 3 December 2025, 11:00 in Tunis. */
const at = new Date('2025-12-03T10:00:00Z');

beforeAll(async () => {
  fresh = await freshDatabase();
  app = await createApp(createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }), {
    now: () => at,
  });
});
afterAll(async () => {
  await app.close();
  await fresh.drop();
});

/** A new team with one member, in their language; what that member says, and the bot's replies as text. */
async function enrol(slug: string, locale: 'fr' | 'ar') {
  const lang = locale === 'ar' ? locale : undefined;
  const { who, teamId } = await enrolInNewTeam(app, { slug, lang, team: { commune: 'Sfax' } });
  const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
  const answerOf = async (questionId: string) => {
    const row = await app.db.answer.findFirst({
      where: { questionId, run: { teamId } },
      orderBy: { seq: 'desc' },
    });
    return row?.value ? (JSON.parse(row.value) as unknown) : row?.value;
  };
  return Object.assign(say, { answerOf, teamId });
}

const visitLabel = { fr: 'Où a eu lieu la visite ?', ar: 'أين تمّت الزيارة؟' };

describe('the date of a visit already made, typed without a year in December', () => {
  it('« 15 déc » is 15/12/2024: recorded, and said with its year before the next question', async () => {
    const say = await enrol('kef', 'fr');
    await say('/diagnostic journal-visite');
    const replies = await say('15 déc');
    expect(replies).toContain('📅 Date enregistrée : dimanche 15/12/2024.');
    expect(replies).not.toContain('futur');
    expect(replies.indexOf('📅')).toBeLessThan(replies.indexOf(visitLabel.fr));
    expect(await say.answerOf('q_visit_date')).toBe('2024-12-15');
  });

  it('in Arabic, « 15 ديسمبر » is 15/12/2024, said with its year', async () => {
    const say = await enrol('sfax', 'ar');
    await say('/diagnostic journal-visite');
    const replies = await say('15 ديسمبر');
    expect(replies).toContain('📅 التاريخ المسجَّل: الأحد 15/12/2024.');
    expect(replies).toContain(visitLabel.ar);
    expect(await say.answerOf('q_visit_date')).toBe('2024-12-15');
  });

  it('today without a year is today; a date typed in full is recorded without being repeated', async () => {
    const say = await enrol('beja', 'fr');
    await say('/diagnostic journal-visite');
    expect(await say('3/12')).toContain('📅 Date enregistrée : mercredi 03/12/2025.');
    expect(await say.answerOf('q_visit_date')).toBe('2025-12-03');
    await say('/back');
    const full = await say('14/11/2025');
    expect(full).not.toContain('📅');
    expect(full).toContain(visitLabel.fr);
    expect(await say.answerOf('q_visit_date')).toBe('2025-11-14');
  });

  it('a future year typed is kept, and refused with the bilingual message', async () => {
    const fr = await enrol('gabes', 'fr');
    await fr('/diagnostic journal-visite');
    const refused = await fr('15/12/2025');
    expect(refused).toContain('La date de la visite ne peut pas être dans le futur');
    expect(refused).not.toContain('📅');
    expect(await fr.answerOf('q_visit_date')).toBeUndefined();

    const ar = await enrol('nabeul', 'ar');
    await ar('/diagnostic journal-visite');
    expect(await ar('15 ديسمبر 2025')).toContain('لا يمكن أن يكون تاريخ الزيارة في المستقبل');
    expect(await ar.answerOf('q_visit_date')).toBeUndefined();
  });
});

// Wednesday 3 December 2025: a weekday alone at a question that refuses the days to come is the
// last one (a week ago for today's weekday: today is « aujourd'hui »), said back with its date.
describe('the date of a visit already made, typed as a weekday', () => {
  it('« lundi » is Monday 1 December: recorded, and said with its full date', async () => {
    const say = await enrol('siliana', 'fr');
    await say('/diagnostic journal-visite');
    const replies = await say('lundi');
    expect(replies).toContain('📅 Date enregistrée : lundi 01/12/2025.');
    expect(replies).not.toContain('futur');
    expect(replies.indexOf('📅')).toBeLessThan(replies.indexOf(visitLabel.fr));
    expect(await say.answerOf('q_visit_date')).toBe('2025-12-01');
    await say('/back');
    expect(await say('mercredi')).toContain('📅 Date enregistrée : mercredi 26/11/2025.');
    expect(await say.answerOf('q_visit_date')).toBe('2025-11-26');
  });

  it('in Arabic, « الاثنين » and the Tunisian « nhar letnin » are Monday 1 December', async () => {
    const say = await enrol('zaghouan', 'ar');
    await say('/diagnostic journal-visite');
    const replies = await say('الاثنين');
    expect(replies).toContain('📅 التاريخ المسجَّل: الاثنين 01/12/2025.');
    expect(replies).not.toContain('المستقبل');
    expect(replies).toContain(visitLabel.ar);
    expect(await say.answerOf('q_visit_date')).toBe('2025-12-01');
    await say('/back');
    expect(await say('nhar letnin')).toContain('📅 التاريخ المسجَّل: الاثنين 01/12/2025.');
    await say('/back');
    expect(await say('الجمعة')).toContain('📅 التاريخ المسجَّل: الجمعة 28/11/2025.');
    expect(await say.answerOf('q_visit_date')).toBe('2025-11-28');
  });
});

// Wednesday 3 December 2025: the occurrence said in words (« dernier », « prochain ») is kept; at a
// question about the past, a date to come is refused with the date read, and nothing is saved.
describe('the date of a visit already made, said as last or next Monday', () => {
  it('« lundi dernier » and « avant-hier » are recorded; « lundi prochain » is refused, naming the date', async () => {
    const say = await enrol('jendouba', 'fr');
    await say('/diagnostic journal-visite');
    const refused = await say('lundi prochain');
    expect(refused).toContain(
      '⚠️ Cette date est dans le futur (lundi 08/12/2025) : cette question demande une date passée, ' +
        "aujourd'hui au plus tard. Par exemple « hier », « lundi dernier » ou 03/12/2025.",
    );
    expect(refused).not.toContain('📅');
    expect(await say.answerOf('q_visit_date')).toBeUndefined();
    const vague = await say('la semaine dernière');
    expect(vague).toContain('« la semaine dernière » ne désigne pas un jour précis : donnez le jour');
    expect(await say.answerOf('q_visit_date')).toBeUndefined();
    const recorded = await say('lundi dernier');
    expect(recorded).toContain('📅 Date enregistrée : lundi 01/12/2025.');
    expect(recorded).toContain(visitLabel.fr);
    expect(await say.answerOf('q_visit_date')).toBe('2025-12-01');
    await say('/back');
    expect(await say('mardi passé')).toContain('📅 Date enregistrée : mardi 02/12/2025.');
    await say('/back');
    expect(await say('avant-hier')).toContain('📅 Date enregistrée : lundi 01/12/2025.');
    expect(await say.answerOf('q_visit_date')).toBe('2025-12-01');
  });

  it('in Arabic and in Tunisian, « الاثنين الماضي » is recorded; « الاثنين القادم » is refused', async () => {
    const say = await enrol('kasserine', 'ar');
    await say('/diagnostic journal-visite');
    const refused = await say('الاثنين القادم');
    expect(refused).toContain('⚠️ هذا التاريخ في المستقبل (الاثنين 08/12/2025): يطلب هذا السؤال تاريخًا مضى');
    expect(await say.answerOf('q_visit_date')).toBeUndefined();
    expect(await say('الأسبوع الماضي')).toContain('« الأسبوع الماضي » لا يدلّ على يوم بعينه');
    expect(await say('الاثنين الماضي')).toContain('📅 التاريخ المسجَّل: الاثنين 01/12/2025.');
    expect(await say.answerOf('q_visit_date')).toBe('2025-12-01');
    await say('/back');
    expect(await say('nhar etnin elli fet')).toContain('📅 التاريخ المسجَّل: الاثنين 01/12/2025.');
    await say('/back');
    expect(await say('قبل أمس')).toContain('📅 التاريخ المسجَّل: الاثنين 01/12/2025.');
    await say('/back');
    expect(await say('قبل 3 أيام')).toContain('📅 التاريخ المسجَّل: الأحد 30/11/2025.');
    expect(await say.answerOf('q_visit_date')).toBe('2025-11-30');
  });
});

describe('a due date typed as a weekday', () => {
  it('« lundi » is next Monday, in French and in Arabic', async () => {
    const fr = await enrol('mahdia', 'fr');
    await fr('/plan add Afficher les horaires au guichet');
    const replies = await fr('/plan edit 1 echeance lundi');
    expect(replies).toContain('📅 Échéance : 08/12/2025.');
    expect(replies).not.toContain('déjà passée');
    const ar = await enrol('monastir', 'ar');
    await ar('/plan add تعليق مواقيت العمل');
    expect(await ar('/plan edit 1 أجل الاثنين')).toContain('📅 الأجل: 08/12/2025.');
  });
});

describe('a due date typed without a year in December', () => {
  it('« 3 jan » is next January, and the plan says the date with its year', async () => {
    const say = await enrol('tozeur', 'fr');
    await say('/plan add Afficher les horaires au guichet');
    const replies = await say('/plan edit 1 echeance 3 jan');
    expect(replies).toContain('Action 1 modifiée.');
    expect(replies).toContain('📅 Échéance : 03/01/2026.');
    expect(replies).not.toContain('déjà passée');
    const [item] = await app.db.actionItem.findMany({ where: { teamId: say.teamId } });
    expect(item?.dueDate?.toISOString().slice(0, 10)).toBe('2026-01-03');
  });

  it('in Arabic, « 3 جانفي » is next January too', async () => {
    const say = await enrol('kairouan', 'ar');
    await say('/plan add تعليق مواقيت العمل');
    expect(await say('/plan edit 1 أجل 3 جانفي')).toContain('📅 الأجل: 03/01/2026.');
  });
});
