// The plan table's first column numbers the actions. At 0.6 of 14 weights it was 413 twips wide,
// 213 inside the cell margins: « 10 » to « 13 » broke onto two lines (« 1 » over « 0 ») in LibreOffice.
// At 2 of 14.3, the due date column was 1,148 twips inside its margins: LibreOffice drawing Arial in
// DejaVu Sans (as where Arial is missing) printed « 05/01/202 » over « 7 ».
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createI18n, type Locale, type MessageArgs } from '../../../src/core/i18n.ts';
import { renderDocx } from '../../../src/documents/docx.ts';
import type { PlanItem } from '../../../src/features/questionnaires/plan-view.ts';
import { planTable } from '../../../src/features/questionnaires/report-model.ts';

const i18n = createI18n();
const item: PlanItem = {
  title: 'Afficher les délais au guichet',
  titleAr: 'تعليق الآجال بالشباك',
  language: 'fr',
  owner: 'Rania',
  ownerRole: false,
  dueDate: new Date(Date.UTC(2027, 0, 5)),
  indicator: null,
  indicatorAr: null,
  priority: 'high',
  kind: 'quick_win',
  leverId: null,
  baselineQuestion: null,
  baselineValue: null,
  target: null,
  targetAr: null,
};
/** Cell margins (100 twips each side) and two digits of Arial at 10 pt (0.556 em of 200 twips each). */
const twoDigits = 200 + 2 * 0.556 * 200;
/** Cell margins and « 05/01/2027 » in DejaVu Sans at 10 pt: eight digits of 0.636 em, two slashes of 0.337. */
const aDate = 200 + (8 * 0.636 + 2 * 0.337) * 200;

describe.each(['fr', 'ar'] as const)('the plan table (%s)', (locale: Locale) => {
  /** The table's column widths in twips, for 13 actions. */
  async function grid(): Promise<number[]> {
    const t = (key: string, args?: MessageArgs) => i18n.t(locale, key, args).replace(/[\u2066-\u2069]/g, '');
    const table = planTable(
      Array.from({ length: 13 }, () => item),
      [],
      { locale, today: '2026-12-06', t },
    );
    const data = await renderDocx({ locale, title: 'Plan', sections: [{ heading: 'Plan', blocks: [table] }] });
    const xml = (await (await JSZip.loadAsync(data)).file('word/document.xml')?.async('string')) ?? '';
    const tblGrid = xml.match(/<w:tblGrid>.*?<\/w:tblGrid>/)?.[0] ?? '';
    return [...tblGrid.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  }

  it('numbers the actions in a column wide enough for « 13 » on one line', async () => {
    expect((await grid())[0]).toBeGreaterThan(twoDigits);
  });

  it('gives the due date a column wide enough for « 05/01/2027 » on one line', async () => {
    expect((await grid())[3]).toBeGreaterThan(aDate);
  });
});
