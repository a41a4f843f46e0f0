// Row heights of wrapped text in XLSX sheets: as tall as the text, Arabic as French, no line cut.
import { describe, expect, it } from 'vitest';
import { rowHeight } from '../../src/documents/xlsx-layout.ts';

/** Lines of 15 points a row of one text cell takes in a column of `width` (1 when no height is set). */
const lines = (text: string, width: number) => (rowHeight([text], [width], [false]) ?? 15) / 15;

const french = "Combien d'habitants ce service dessert-il ?";
const arabic = 'كم عدد المتساكنين الذين يخدمهم هذا المرفق؟';
const longFrench =
  "D'où vient cette valeur : « Part des demandes d'extraits et de légalisations servies le jour même » ?";
const longArabic = 'من أين أُخذت هذه القيمة: « نسبة مطالب المضامين والتعريف بالإمضاء المسداة في نفس اليوم »؟';

describe('rowHeight', () => {
  it('gives an Arabic question the one line LibreOffice prints it on, where the French one of its length wraps', () => {
    expect([...arabic].length).toBeLessThan([...french].length);
    // Width 34, as in the answers workbook: the Arabic text took two lines of height for one of text.
    expect(lines(arabic, 34)).toBe(1);
    expect(lines(french, 34)).toBe(2);
  });

  it('makes an Arabic row no taller than a French row of as many letters, and keeps the lines it needs', () => {
    const sameLength = [...longArabic].slice(0, [...longFrench].length).join('');
    for (const width of [14, 20, 34, 42, 60])
      expect(lines(sameLength, width)).toBeLessThanOrEqual(lines(longFrench, width));
    // At width 34 LibreOffice prints this text on two lines: it keeps them.
    expect(lines(longArabic, 34)).toBeGreaterThanOrEqual(2);
  });

  it('does not count vowel signs, drawn on their letters, as letters', () => {
    const voweled = 'يُخَدَّمُ '.repeat(8).trim();
    const bare = voweled.replace(/\p{M}/gu, '');
    expect(lines(voweled, 20)).toBe(lines(bare, 20));
  });
});
