import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderXlsx, sheetName, type WorkbookModel } from '../../src/documents/xlsx.ts';

const due = new Date(Date.UTC(2025, 5, 30));

function book(locale: 'fr' | 'ar'): WorkbookModel {
  return {
    locale,
    sheets: [
      {
        name: "Plan d'amélioration: Sfax / 2025 [brouillon]",
        columns: [{ header: 'N°', width: 6 }, { header: 'Action' }, { header: 'Échéance' }, { header: 'Score' }],
        rows: [
          [1, 'Rédiger les objectifs SMART', due, 72.5],
          [2, 'صياغة الأهداف', null, null],
        ],
      },
      { name: 'Progression', columns: [{ header: 'Équipe' }], rows: [['Sfax']] },
      { name: 'progression', columns: [{ header: 'Équipe' }], rows: [] },
    ],
  };
}

async function xml(bytes: Buffer, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (!file) throw new Error(`${path} missing`);
  return file.async('string');
}

describe('sheetName', () => {
  it.each([
    ['Plan: 2025/2026 [v2]', 'Plan 2025 2026 v2'],
    ['a*b?c\\d', 'a b c d'],
    ["'quoted'", 'quoted'],
    ['x'.repeat(40), 'x'.repeat(31)],
    [`${'y'.repeat(30)}'z`, 'y'.repeat(30)],
    ['خطة التحسين', 'خطة التحسين'],
    ['[]', 'Sheet'],
  ])('%s → %s', (name, expected) => {
    expect(sheetName(name)).toBe(expected);
  });
});

describe.each(['fr', 'ar'] as const)('renderXlsx (%s)', (locale) => {
  it('names the sheets within Excel rules, unique', async () => {
    const workbook = await xml(await renderXlsx(book(locale)), 'xl/workbook.xml');
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['Plan d&apos;amélioration Sfax 2025', 'Progression', 'progression (2)']);
  });

  it('writes headers in bold, frozen, with a filter, and dates as dd/mm/yyyy dates', async () => {
    const bytes = await renderXlsx(book(locale));
    const strings = await xml(bytes, 'xl/sharedStrings.xml');
    for (const text of ['N°', 'Action', 'Échéance', 'Rédiger les objectifs SMART', 'صياغة الأهداف'])
      expect(strings).toContain(text);
    const sheet = await xml(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A1:D3"/>');
    expect(sheet).toContain('<col min="1" max="1" width="6" customWidth="1"/>');
    expect(await xml(bytes, 'xl/styles.xml')).toContain('formatCode="dd/mm/yyyy"');

    // Read back as a spreadsheet program would.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0]!;
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getCell('C2').value).toEqual(due);
    expect(ws.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('D2').value).toBe(72.5);
    expect(ws.getCell('C3').value).toBeNull();
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual('Rédiger les objectifs SMART'.length);
  });

  it('shows a time of day with its date, and a calendar date alone', async () => {
    const bytes = await renderXlsx({
      locale,
      sheets: [{ name: 'T', columns: [{ header: 'Quand' }], rows: [[new Date(Date.UTC(2025, 5, 30, 14, 5))], [due]] }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('T');
    expect(ws?.getCell('A2').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(ws?.getCell('A3').numFmt).toBe('dd/mm/yyyy');
  });

  it(locale === 'ar' ? 'lays every sheet out right to left' : 'keeps sheets left to right', async () => {
    const bytes = await renderXlsx(book(locale));
    for (const n of [1, 2, 3]) {
      const sheet = await xml(bytes, `xl/worksheets/sheet${n}.xml`);
      if (locale === 'ar') expect(sheet).toContain('rightToLeft="1"');
      else expect(sheet).not.toContain('rightToLeft="1"');
    }
  });

  it('prints each sheet one A4 landscape page wide, its header row on every page', async () => {
    const bytes = await renderXlsx(book(locale));
    for (const n of [1, 2, 3]) {
      const sheet = await xml(bytes, `xl/worksheets/sheet${n}.xml`);
      expect(sheet).toMatch(/<pageSetUpPr [^>]*fitToPage="1"/);
      expect(sheet).toMatch(
        /<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/,
      );
    }
    expect(await xml(bytes, 'xl/workbook.xml')).toMatch(/<definedName name="_xlnm.Print_Titles"[^>]*>[^<]*\$1:\$1</);
  });
});
