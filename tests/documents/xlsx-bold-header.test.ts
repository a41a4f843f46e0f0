// The header row of a sheet is bold, and bold letters are wider: in the Arabic deadlines sheet, a
// member's name in the header wrapped in the column fitted to it. Widths and heights count bold.
// Pixels measured at 11 points: « محمد الهادي الطرابلسي » takes 162 in DejaVu Sans Bold (LibreOffice
// on Linux), 150 in Noto Sans Arabic Bold, 137 to 139 in the regular fonts.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rowHeight } from '../../src/documents/xlsx-layout.ts';
import { renderXlsx } from '../../src/documents/xlsx.ts';

const name = 'محمد الهادي الطرابلسي';
/** Pixels of text a column of width w holds: 7w + 5, less the cell's padding on both sides. */
const inside = (width: number) => 7 * width + 5 - 6;
const lines = (text: string, width: number, bold: boolean) => (rowHeight([text], [width], [false], bold) ?? 15) / 15;

describe('bold header text', () => {
  it('the column of a member of the Arabic deadlines sheet holds their name, bold, on one line', async () => {
    const data = await renderXlsx({
      locale: 'ar',
      sheets: [
        {
          name: 'الآجال',
          columns: [{ header: 'الأجل' }, { header: 'تاريخ الأجل' }, { header: name }, { header: 'سامي' }],
          rows: [['مذكرة التأطير', new Date(Date.UTC(2026, 11, 20, 17)), 'لم يُنجز', 'أُنجز']],
        },
      ],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const ws = book.worksheets[0]!;
    expect(inside(ws.getColumn(3).width ?? 0)).toBeGreaterThanOrEqual(162);
    expect(ws.getRow(1).height).toBeUndefined();
  });

  it('counts the lines of a bold header in a narrowed column as bold', () => {
    // 153 pixels inside a column of 22: the name fits regular, not bold.
    expect(lines(name, 22, false)).toBe(1);
    expect(lines(name, 22, true)).toBe(2);
  });

  it('leaves French headers as wide as before', async () => {
    const data = await renderXlsx({
      locale: 'fr',
      sheets: [{ name: 'Échéances', columns: [{ header: 'Mohamed Hédi Trabelsi' }], rows: [['fait']] }],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getColumn(1).width).toBe('Mohamed Hédi Trabelsi'.length + 2);
  });
});
