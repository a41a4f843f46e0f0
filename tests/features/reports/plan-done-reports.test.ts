// An action marked done with /plan done, with no due date, counts as done beyond /plan: in the plan
// sheet of /export answers, in a coordinator's /progress (and its CSV), and in the guide's case
// study (its progress sentence and the plan table). Before, only a ticked deadline counted, so an
// undated action stayed open there forever. Taken back with /plan undo, it is open again in each.
// Real application, real database, French and Arabic.
import ExcelJS from 'exceljs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import { createI18n, type Locale, type MessageArgs } from '../../../src/core/i18n.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { caseSections } from '../../../src/features/reports/guide-cases.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { sundayInTunis } from '../../helpers/questionnaire-team.ts';

let fresh: FreshDatabase;
let app: App;
let member: Sender;
let coordinator: Sender;
let teamId: string;
const say = async (who: Sender, line: string) => (await app.handle(text(who, line))).replies;

beforeAll(async () => {
  fresh = await freshDatabase();
  const config = createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' });
  app = await createApp(config, pino({ level: 'silent' }), { now: sundayInTunis });
  ({ who: member, teamId } = await enrolInNewTeam(app, { slug: 'sfax', lang: 'fr' }));
  ({ who: coordinator } = await enrolInNewTeam(app, { slug: 'fnct', lang: 'fr', role: 'coordinator' }));
  await say(member, '/plan add Afficher les horaires au guichet');
  await say(member, '/plan add Former les agents d accueil');
  await say(member, '/plan edit 2 echeance 31/12/2026');
  expect(plain(await say(member, '/plan done 1'))).toContain(
    "l'action 1 « Afficher les horaires au guichet » est faite",
  );
});
afterAll(async () => {
  await app.close();
  await fresh.drop();
});

/** The last column (done or not) of the plan sheet of the member's /export answers, action by action. */
async function doneColumn(): Promise<ExcelJS.CellValue[]> {
  const doc = (await say(member, '/export answers')).find((r) => r.kind === 'document');
  if (doc?.kind !== 'document') throw new Error('no workbook');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(doc.data).buffer);
  // The plan sheet is the one whose rows are numbered actions.
  const plan = book.worksheets.find((w) => w.getRow(2).getCell(1).value === 1);
  if (!plan) throw new Error('no plan sheet');
  const rows: ExcelJS.CellValue[] = [];
  plan.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).at(-1)));
  return rows;
}

const i18n = createI18n();
const rcOf = (locale: Locale) => ({
  locale,
  today: '2026-12-06',
  t: (key: string, args?: MessageArgs) => i18n.t(locale, key, args).replace(/[\u2066-\u2069]/g, ''),
});

/** The guide's plan section for the team: its progress sentence and the due date cells of its table. */
async function guidePlan(locale: Locale) {
  const team = { id: teamId, name: 'Équipe sfax', commune: 'Sfax', members: [] };
  const sections = await caseSections(team, { db: app.db, questionnaires: [], now: sundayInTunis() }, rcOf(locale));
  const blocks = sections.at(-1)?.blocks ?? [];
  const sentence = blocks.find((b) => b.type === 'paragraph');
  const table = blocks.find((b) => b.type === 'table');
  return {
    sentence: sentence?.type === 'paragraph' ? sentence.text : '',
    due: table?.type === 'table' ? table.rows.map((r) => r[3]) : [],
  };
}

describe('in French', () => {
  it('the export, /progress and the guide count the undated action done', async () => {
    expect(await doneColumn()).toEqual(['Faite', 'fait', 'pas fait']);
    const progress = plain(await say(coordinator, '/progress sfax'));
    expect(progress).toContain("Plan d'amélioration : 2 actions, une faite");
    const csv = (await say(coordinator, '/export progress')).find((r) => r.kind === 'document');
    const lines = csv?.kind === 'document' ? new TextDecoder().decode(csv.data).split('\r\n') : [];
    expect(lines[0]).toMatch(/;Actions du plan;Actions faites$/);
    expect(lines.find((l) => l.startsWith('sfax;'))).toMatch(/;2;1$/);
    expect(await guidePlan('fr')).toEqual({
      sentence: '2 actions au plan. Faites : une. Échéances des autres : 0 en retard, 1 à venir.',
      due: ['—\n(faite)', '31/12/2026'],
    });
  });
});

describe('in Arabic', () => {
  it('the export, /progress and the guide count the undated action done', async () => {
    await say(member, '/lang ar');
    await say(coordinator, '/lang ar');
    expect(await doneColumn()).toEqual(['أُنجز', 'أُنجز', 'لم يُنجز']);
    expect(plain(await say(coordinator, '/progress sfax'))).toContain('خطة التحسين: إجراءان، المنجز منها 1');
    expect(await guidePlan('ar')).toEqual({
      sentence: 'إجراءان في الخطة. المنجزة منها: 1. آجال البقية: المتأخرة 0، القادمة 1.',
      due: ['—\n(أُنجز)', '31/12/2026'],
    });
  });
});

describe('after « /plan undo 1 »', () => {
  it('the export, /progress and the guide show the action open again, in Arabic', async () => {
    expect(plain(await say(member, '/plan تراجع 1'))).toContain('أُعيد فتح الإجراء 1');
    expect(await doneColumn()).toEqual(['أُنجز', 'لم يُنجز', 'لم يُنجز']);
    expect(plain(await say(coordinator, '/progress sfax'))).toContain('خطة التحسين: إجراءان، المنجز منها 0');
    expect((await guidePlan('ar')).due).toEqual(['—', '31/12/2026']);
  });
});
