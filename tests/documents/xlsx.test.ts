import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pageWidth } from '../../src/documents/xlsx-layout.ts';
import { renderXlsx, sheetName, type Sheet, type WorkbookModel } from '../../src/documents/xlsx.ts';

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

  it('binds a number to its unit and a quote to its words with a narrow no-break space, in text cells and headers', async () => {
    const fr = locale === 'fr';
    const bytes = await renderXlsx({
      locale,
      sheets: [
        {
          name: 'Plan',
          columns: [{ header: fr ? 'Cible (≥ 90 %)' : 'الهدف (90 % على الأقل)' }, { header: 'Score' }],
          rows: [
            [fr ? '−50 % en 6 mois, 10 agents' : 'انخفاض بنسبة 50 % في 6 أشهر، 10 أعوان', 50],
            [fr ? 'Attente : 45 min' : 'الانتظار: 45 دقيقة', null],
            ['Le service « Voirie »', null],
          ],
        },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('Plan');
    expect(ws?.getCell('A1').value).toBe(fr ? 'Cible (≥ 90\u202f%)' : 'الهدف (90\u202f% على الأقل)');
    expect(ws?.getCell('A2').value).toBe(
      fr ? '−50\u202f% en 6 mois, 10 agents' : 'انخفاض بنسبة\u00a050\u202f% في 6\u202fأشهر، 10 أعوان',
    );
    expect(ws?.getCell('A3').value).toBe(fr ? 'Attente : 45\u202fmin' : 'الانتظار: 45\u202fدقيقة');
    expect(ws?.getCell('A4').value).toBe('Le service «\u202fVoirie\u202f»');
    // Numbers stay numbers; a number before an ordinary word keeps its plain space.
    expect(ws?.getCell('B2').value).toBe(50);
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

describe.each(['fr', 'ar'] as const)('a printed sheet stays readable (%s)', (locale) => {
  const long = 'Les agents cherchent les registres anciens dans l’archive du sous-sol, faute de classement.';
  const wide: WorkbookModel = {
    locale,
    sheets: [
      {
        name: 'Réponses',
        columns: [
          { header: 'N°', width: 6 },
          { header: 'Code', hidden: true },
          { header: 'Constat' },
          { header: 'Cause' },
          { header: 'Action' },
          { header: 'Quand' },
        ],
        rows: [
          [1, 'q_'.repeat(30), long, long, long, new Date(Date.UTC(2025, 5, 30, 14, 5))],
          [2, 'q_x', 'Court', 'Court', 'Court', null],
        ],
      },
    ],
  };

  async function load(model: WorkbookModel): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(model)) as unknown as ArrayBuffer);
    return workbook.worksheets[0]!;
  }

  it('narrows the wide text columns to fit the page at full size, wrapped in taller rows', async () => {
    const ws = await load(wide);
    const shown = [1, 3, 4, 5, 6].map((n) => ws.getColumn(n).width ?? 0);
    // Without narrowing, the three texts take 60 characters each: 180 + 6 + 18.
    expect(shown.reduce((a, b) => a + b)).toBeLessThanOrEqual(pageWidth);
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(14);
    // A date with its time of day fits whole (it showed "###" in a column fitted to a date).
    expect(ws.getColumn(6).width).toBeGreaterThanOrEqual(16);
    expect(ws.getCell('C2').alignment?.wrapText).toBe(true);
    // The long texts take several lines: their row is as tall; a short row keeps the default.
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(3 * 15);
    expect(ws.getRow(3).height).toBeUndefined();
  });

  it('folds a hidden column away, out of the print, its values still in the file', async () => {
    const ws = await load(wide);
    expect(ws.getColumn(2).hidden).toBe(true);
    expect(ws.getColumn(2).outlineLevel).toBe(1);
    expect(ws.properties.outlineLevelCol).toBe(1);
    expect(ws.getCell('B3').value).toBe('q_x');
    // Its long code does not make the rows taller.
    expect(
      (await load({ ...wide, sheets: [{ ...wide.sheets[0]!, rows: [[1, 'q_'.repeat(30)]] }] })).getRow(2).height,
    ).toBeUndefined();
  });

  it('prints the grid, narrow margins and the sheet and page in the footer', async () => {
    const ws = await load(wide);
    expect(ws.pageSetup.showGridLines).toBe(true);
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4 });
    expect(ws.headerFooter.oddFooter).toBe('&CRéponses — &P / &N');
  });

  it('names the sheet whole in the footer, where its tab is cut at 31 characters', async () => {
    const name = "Diagnostic de performance d'un service municipal & plan";
    const ws = await load({ ...wide, sheets: [{ ...(wide.sheets[0] as Sheet), name }] });
    expect(ws.name.length).toBeLessThanOrEqual(31);
    expect(ws.headerFooter.oddFooter).toBe(`&C${name.replace('&', '&&')} — &P / &N`);
  });

  it(
    locale === 'ar' ? 'reads every text right to left, from the right' : 'leaves texts to their own direction',
    async () => {
      const ws = await load(wide);
      for (const ref of ['A1', 'C1', 'C2', 'E3']) {
        const alignment = ws.getCell(ref).alignment;
        if (locale === 'ar') expect(alignment).toMatchObject({ readingOrder: 'rtl', horizontal: 'right' });
        else expect(alignment?.readingOrder).toBeUndefined();
      }
    },
  );
});
