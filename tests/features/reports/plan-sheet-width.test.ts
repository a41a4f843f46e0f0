// The plan sheet of /export answers gives its action column the room its texts need: drafted
// actions run to two or three hundred characters, and fitted like every other column (14
// characters) they stood eight to ten lines tall on every row, in French and Arabic.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { localDay } from '../../../src/core/time.ts';
import { pageWidth } from '../../../src/documents/xlsx-layout.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { documentIn } from '../../helpers/docx.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

let app: App;
appForTests((made) => (app = made));
const today = localDay(new Date(), 'Africa/Tunis');

describe.each(['fr', 'ar'] as const)('the plan sheet of /export answers, in %s', (locale) => {
  let who: Sender;
  const say = async (line: string) => (await app.handle(text(who, line))).replies;

  beforeAll(async () => {
    ({ who } = await enrolInNewTeam(app, { slug: `plan-sheet-${locale}`, team: { commune: 'Béja' } }));
    if (locale === 'ar') await say('/lang ar');
    const q = app.questionnaires[0] as Questionnaire;
    await say(`/diagnostic ${q.id}`);
    // Weak practices: the plan is drafted from several levers, with their long actions.
    const preset = {
      q_objectives: pick(q, 'q_objectives', 'none'),
      q_indicator_sheets: pick(q, 'q_indicator_sheets', 'none'),
      q_last_survey: pick(q, 'q_last_survey', 'never'),
    };
    for (const s of planWalk(q, locale, today, Infinity, preset)) await say(s.line);
    await say('/submit');
    await say(locale === 'ar' ? 'نعم' : 'oui');
  });

  it('reads each action in a column wide enough for it, on rows a few lines tall', async () => {
    const doc = documentIn(await say('/export answers'));
    if (process.env.SHOW) writeFileSync(join('/tmp', `${locale}-${doc.fileName}`), doc.data);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(doc.data).buffer);
    const sheet = book.worksheets.find((w) => w.name === (locale === 'ar' ? 'خطة التحسين' : "Plan d'amélioration"));
    if (!sheet) throw new Error(`no plan sheet in ${book.worksheets.map((w) => w.name).join(', ')}`);
    const widths = sheet.columns.map((c) => c.width ?? 0);
    const actions = sheet.getColumn(2).values.slice(2).map(String);
    expect(actions.length).toBeGreaterThan(2);
    const heights = actions.map((_, i) => sheet.getRow(i + 2).height ?? 15);
    // The action column is the widest of the sheet, and no row stands more than eight lines tall
    // (fitted as the others, the actions had 17 characters and rows of fifteen lines).
    expect(widths[1]).toBe(Math.max(...widths));
    expect(widths[1]).toBeGreaterThanOrEqual(35);
    expect(Math.max(...heights)).toBeLessThanOrEqual(8 * 15);
    // The columns shown still fit the printed page's width at full size.
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(pageWidth);
  });
});
