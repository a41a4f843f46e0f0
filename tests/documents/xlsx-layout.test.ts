// Row heights of wrapped text in XLSX sheets: as tall as the text, Arabic as French, no line cut.
// Columns are sized in digits of Calibri (7 pixels at 11 points) while Arabic letters are drawn in a
// wider font (Arial, Noto Sans Arabic, DejaVu Sans): an Arabic row counted too few lines, and
// printed, its last lines were lost under the next row.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rowHeight } from '../../src/documents/xlsx-layout.ts';
import { renderXlsx } from '../../src/documents/xlsx.ts';

/** Lines of 15 points a row of one text cell takes in a column of `width` (1 when no height is set). */
const lines = (text: string, width: number) => (rowHeight([text], [width], [false]) ?? 15) / 15;

const french = "Combien d'habitants ce service dessert-il ?";
const arabic = 'كم عدد المتساكنين الذين يخدمهم هذا المرفق؟';
const longArabic = 'من أين أُخذت هذه القيمة: « نسبة مطالب المضامين والتعريف بالإمضاء المسداة في نفس اليوم »؟';

describe('rowHeight', () => {
  it('gives an Arabic question the two lines it takes in a column of 34, as its French one', () => {
    // 238 pixels inside the column; the question measures 265 in Noto Sans Arabic, 282 in DejaVu Sans.
    expect(lines(arabic, 34)).toBe(2);
    expect(lines(french, 34)).toBe(2);
    // At width 34 the long question takes 568 to 595 pixels: three lines.
    expect(lines(longArabic, 34)).toBeGreaterThanOrEqual(3);
  });

  it('keeps a short Arabic text on one line', () => {
    expect(lines('مصلحة الحالة المدنية', 34)).toBe(1);
    expect(lines('رفع الفضلات المنزلية', 22)).toBe(1);
  });

  it('gives the printed Arabic plan and answers rows every line of their text', async () => {
    const section = '1. التعريف بالمرفق'; // 116 to 119 pixels, in a column of 16 (112 inside)
    const action =
      'بالتعاون مع الجمعيات ولجان الأحياء، رسم خريطة النقاط السوداء (صورة مؤرّخة ومحدّدة الموقع)، ورفعها واحدة تلو الأخرى، وتعليق يوم وساعة مرور الشاحنة بجوارها، والتثبّت أسبوعيًا من عدم عودتها.';
    const data = await renderXlsx({
      locale: 'ar',
      sheets: [
        {
          name: 'الإجابات',
          columns: [
            { header: 'القسم', width: 16 },
            { header: 'الإجراء', width: 18 },
          ],
          rows: [
            [section, null],
            [null, action],
          ],
        },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0]!;
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(2 * 15);
    // 187 letters, 1,122 to 1,195 pixels in a column of 126 inside: ten lines and more.
    expect(ws.getRow(3).height).toBeGreaterThanOrEqual(10 * 15);
  });

  it('does not count vowel signs, drawn on their letters, as letters', () => {
    const voweled = 'يُخَدَّمُ '.repeat(8).trim();
    const bare = voweled.replace(/\p{M}/gu, '');
    expect(lines(voweled, 20)).toBe(lines(bare, 20));
  });
});
