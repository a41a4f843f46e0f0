// `/plan edit` as a team types it on a phone: a due date given by a part of a month (« fin janvier »,
// « début mars », « mi-février », « آخر جانفي », « موفى جوان ») is the last day, the 1st or the 15th
// of its next occurrence, said back; the target is edited with « cible » / « هدف » and shown in /plan
// and in the documents' plan table and sheet, in the language it was typed in; the pilot typed is said
// back too (« Action 1 modifiée. » alone left the team unsure what was recorded). Real core, real database.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n, type Locale, type MessageArgs } from '../../../src/core/i18n.ts';
import { loadQuestionnaires } from '../../../src/features/questionnaires/definitions.ts';
import { planTable } from '../../../src/features/questionnaires/report-model.ts';
import { planSheet } from '../../../src/features/reports/plan-sheets.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';
import { joinNewTeam, questionnaireConversation } from '../../helpers/questionnaire-team.ts';

const questionnaires = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));

let t: TestDb;
let handle: ReplyHandler;
const amel = sender({ externalId: 'amel', displayName: 'Amel' });
const say = async (line: string) => plain(await handle(text(amel, line)));
const first = () => t.db.actionItem.findFirstOrThrow({ orderBy: { position: 'asc' } });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const i18n = createI18n();
const rcOf = (locale: Locale) => ({
  locale,
  today: '2026-12-06',
  t: (key: string, args?: MessageArgs) => i18n.t(locale, key, args).replace(/[\u2066-\u2069]/g, ''),
});

beforeAll(async () => {
  t = await createTestDb();
  handle = questionnaireConversation(t.db, questionnaires);
  const cohort = await t.db.cohort.create({ data: { name: 'C1' } });
  await joinNewTeam(t.db, handle, amel, { cohortId: cohort.id, slug: 'beja', name: 'Béja' });
  expect(await say("/plan add Afficher les horaires d'ouverture")).toContain('Action 1 ajoutée');
});
afterAll(() => t.cleanup());

describe('in French', () => {
  it.each([
    ['fin janvier', '31/01/2027', '« fin janvier » : le dernier jour du mois.'],
    ['début mars', '01/03/2027', '« début mars » : le 1er du mois.'],
    ['mi-février', '15/02/2027', '« mi-février » : le 15 du mois.'],
    ['fin février 2028', '29/02/2028', '« fin février 2028 » : le dernier jour du mois.'],
    ['fin décembre', '31/12/2026', '« fin décembre » : le dernier jour du mois.'],
  ])('« echeance %s » is the %s, said back', async (typed, date, readAs) => {
    const reply = await say(`/plan edit 1 echeance ${typed}`);
    expect(reply).toContain('Action 1 modifiée.');
    expect(reply).toContain(`📅 Échéance : ${date}.`);
    expect(reply).toContain(`${readAs} Pour un autre jour : /plan edit 1 echeance <jj/mm/aaaa>.`);
    const [d, m, y] = date.split('/');
    expect((await first()).dueDate).toEqual(day(`${y}-${m}-${d}`));
  });

  it('« dans 3 mois » is that day three months on; « il y a 2 ans » is no due date', async () => {
    const reply = await say('/plan edit 1 echeance dans 3 mois');
    expect(reply).toContain('📅 Échéance : 06/03/2027.');
    expect(reply).toContain("« dans 3 mois » : compté à partir d'aujourd'hui.");
    expect(await say('/plan edit 1 echeance il y a 2 ans')).toContain('Date non reconnue : « il y a 2 ans »');
    expect((await first()).dueDate).toEqual(day('2027-03-06'));
    await say('/plan edit 1 echeance fin décembre');
  });

  it('a period that names no day is still refused, and the saved date stays', async () => {
    expect(await say('/plan edit 1 echeance fin de semaine')).toContain('Date non reconnue : « fin de semaine »');
    expect((await first()).dueDate).toEqual(day('2026-12-31'));
  });

  it('« cible » sets the target, shown in /plan 1 and in the plan table and sheet', async () => {
    const set = await say("/plan edit 1 cible 15 minutes d'attente au plus");
    expect(set).toContain('Action 1 modifiée.');
    expect(set).toContain("🎯 Cible : 15 minutes d'attente au plus.");
    expect(await first()).toMatchObject({ target: "15 minutes d'attente au plus", targetAr: null });
    expect(await say('/plan 1')).toContain("🎯 Cible : 15 minutes d'attente au plus");
    const items = [await first()];
    for (const [locale, shown] of [
      ['fr', "15 minutes d'attente au plus"],
      ['ar', "15 minutes d'attente au plus (fr)"],
    ] as const) {
      const table = planTable(items, questionnaires, rcOf(locale));
      if (table.type !== 'table') throw new Error('not a table');
      expect(table.rows[0]?.[4]).toContain(shown);
      const sheet = planSheet(items, { rc: rcOf(locale), timeZone: 'Africa/Tunis', questionnaires }, '');
      expect(sheet.rows[0]?.[7]).toBe(shown);
    }
  });

  it('« responsable » names the pilot and says the name back, as a date or a target is', async () => {
    const set = await say('/plan edit 1 responsable Mme Ben Salah');
    expect(set).toContain('Action 1 modifiée.');
    expect(set).toContain('👤 Pilote : Mme Ben Salah.');
    expect(await first()).toMatchObject({ owner: 'Mme Ben Salah', ownerRole: false });
  });

  it('every field edited is said back as recorded: priority, type, title, indicator, a cleared date', async () => {
    expect(await say('/plan edit 1 priorité haute')).toContain('Priorité : haute.');
    expect(await say('/plan edit 1 type structurelle')).toContain(
      '🏗 Action structurelle : à inscrire au prochain budget.',
    );
    expect(await say("/plan edit 1 indicateur Temps d'attente au guichet")).toContain(
      "📏 Indicateur : Temps d'attente au guichet.",
    );
    expect(await say('/plan edit 1 echeance aucune')).toContain(
      '📅 Échéance : à définir (plus de rappel pour cette action).',
    );
    expect(await say('/plan edit 1 cible aucune')).toContain('🎯 Cible effacée.');
    expect(await say("/plan edit 1 titre Afficher les horaires à l'entrée")).toContain(
      "Intitulé : « Afficher les horaires à l'entrée ».",
    );
    expect(await first()).toMatchObject({
      priority: 'high',
      kind: 'structural',
      dueDate: null,
      target: null,
      title: "Afficher les horaires à l'entrée",
    });
    await say('/plan edit 1 echeance fin décembre');
  });

  it('a colon typed between the field and its value is not saved with the value', async () => {
    const set = await say('/plan edit 1 responsable : Mme Ben Salah');
    expect(set).toContain('👤 Pilote : Mme Ben Salah.');
    expect(await first()).toMatchObject({ owner: 'Mme Ben Salah' });
    expect(await say("/plan edit 1 cible : 15 minutes d'attente au plus")).toContain(
      "🎯 Cible : 15 minutes d'attente au plus.",
    );
    expect(await first()).toMatchObject({ target: "15 minutes d'attente au plus" });
  });

  it('the usage names the target and the month parts', async () => {
    const usage = await say('/plan edit');
    expect(usage).toContain('/plan edit <n> cible <texte>');
    expect(usage).toContain('« fin janvier », « début mars », « mi-février »');
    expect(await say('/plan edit 1 objet x')).toContain('indicateur, cible, priorite');
  });
});

describe('in Arabic', () => {
  beforeAll(async () => {
    await say('/lang ar');
  });

  it.each([
    ['آخر جانفي', '31/01/2027', '« آخر جانفي »: آخر يوم في الشهر.'],
    ['موفى جوان', '30/06/2027', '« موفى جوان »: آخر يوم في الشهر.'],
    ['بداية مارس', '01/03/2027', '« بداية مارس »: اليوم الأول من الشهر.'],
    ['منتصف فيفري', '15/02/2027', '« منتصف فيفري »: يوم 15 من الشهر.'],
    ['بعد شهرين', '06/02/2027', '« بعد شهرين »: محسوبًا من اليوم.'],
  ])('« أجل %s » is the %s, said back', async (typed, date, readAs) => {
    const reply = await say(`/plan edit 1 أجل ${typed}`);
    expect(reply).toContain('عُدِّل الإجراء 1.');
    expect(reply).toContain(`📅 الأجل: ${date}.`);
    expect(reply).toContain(readAs);
  });

  it('« هدف » sets the target, in Arabic for Arabic readers and marked for French ones', async () => {
    const set = await say('/plan edit 1 هدف 15 دقيقة انتظار على الأكثر');
    expect(set).toContain('عُدِّل الإجراء 1.');
    expect(set).toContain('🎯 الهدف: 15 دقيقة انتظار على الأكثر.');
    expect(await say('/plan 1')).toContain('الهدف: 15 دقيقة انتظار على الأكثر');
    const items = [await first()];
    const sheet = (locale: Locale) =>
      planSheet(items, { rc: rcOf(locale), timeZone: 'Africa/Tunis', questionnaires }, '').rows[0]?.[7];
    expect(sheet('ar')).toBe('15 دقيقة انتظار على الأكثر');
    expect(sheet('fr')).toBe('15 دقيقة انتظار على الأكثر (ar)');
    // Typed with Arabic-Indic digits, it is kept with the digits every figure of the bot has.
    expect(await say('/plan edit 1 هدف ١٫٥ ٪ من الملفات ناقصة')).toContain('🎯 الهدف: 1,5 % من الملفات ناقصة.');
    expect(await first()).toMatchObject({ target: '1,5 % من الملفات ناقصة' });
    // « لا شيء » clears it, as it clears a due date.
    expect(await say('/plan edit 1 هدف لا شيء')).toContain('عُدِّل الإجراء 1.');
    expect(await first()).toMatchObject({ target: null, targetAr: null });
    expect(await say('/plan 1')).not.toContain('الهدف');
  });

  it('« مسؤول » names the pilot and says the name back', async () => {
    const set = await say('/plan edit 1 مسؤول سامية بن علي');
    expect(set).toContain('عُدِّل الإجراء 1.');
    expect(set).toContain('👤 من يقوده: سامية بن علي.');
    expect(await first()).toMatchObject({ owner: 'سامية بن علي' });
  });

  it('every field edited is said back as recorded: priority, type, title, indicator, a cleared date', async () => {
    expect(await say('/خطة تعديل ١ الأولوية منخفضة')).toContain('الأولوية: منخفضة.');
    expect(await say('/خطة تعديل ١ النوع سريع')).toContain('⚡ إجراء سريع: خلال 30 يومًا ودون ميزانية.');
    expect(await say('/خطة تعديل ١ المؤشر مدة الانتظار بالشباك')).toContain('📏 المؤشر: مدة الانتظار بالشباك.');
    expect(await say('/خطة تعديل ١ الأجل لا شيء')).toContain('📅 الأجل: يُحدَّد لاحقًا (لا تذكير بعد الآن بهذا الإجراء).');
    expect(await say('/خطة تعديل ١ العنوان تعليق المواعيد عند المدخل')).toContain(
      'العنوان: « تعليق المواعيد عند المدخل ».',
    );
    expect(await first()).toMatchObject({
      priority: 'low',
      kind: 'quick_win',
      dueDate: null,
      title: 'تعليق المواعيد عند المدخل',
    });
  });

  it('a colon typed between the field and its value is not saved with the value', async () => {
    const set = await say('/خطة تعديل ١ المسؤول : سامية بن علي');
    expect(set).toContain('👤 من يقوده: سامية بن علي.');
    expect(await first()).toMatchObject({ owner: 'سامية بن علي' });
    expect(await say('/خطة تعديل ١ الهدف : ١٥ دقيقة انتظار')).toContain('🎯 الهدف: 15 دقيقة انتظار.');
    expect(await first()).toMatchObject({ target: '15 دقيقة انتظار' });
  });

  it('the usage names the target and the month parts', async () => {
    const usage = await say('/plan edit');
    expect(usage).toContain('/plan edit <n> هدف <نص>');
    expect(usage).toContain('« آخر جانفي »، « بداية مارس »، « منتصف فيفري »');
  });
});
