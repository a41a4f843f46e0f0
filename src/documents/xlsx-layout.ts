/**
 * How wide the columns of a sheet are and how tall its rows, so that printed on one A4 landscape
 * page wide the text stays at its size: long texts wrap in narrower columns and rows grow to show
 * them whole (LibreOffice does not fit row heights to wrapped text by itself).
 */
import { phoneLines } from '../core/phone-screen.ts';

/** A cell's value, as in xlsx.ts (which imports this file). */
type CellValue = string | number | Date | null;
/** What a column says of its width, as in xlsx.ts. */
interface SheetColumn {
  header: string;
  width?: number;
  hidden?: boolean;
}

/**
 * Column width, in characters, that an A4 landscape page holds at full size between margins of
 * 1 cm (277 mm, about 1,045 pixels; a column of width w takes 7w + 5 of them in Calibri 11).
 */
export const pageWidth = 140;
/** A fitted column is not narrowed below this: past it the page's scale shrinks instead. */
const narrowest = 14;
/** Points a line of Calibri 11 takes, Excel's default row height. */
const lineHeight = 15;

/**
 * Fits the header, bold, on one line and the longest of the first 200 values, between 8 and 60
 * characters.
 */
function fittingWidth(header: string, values: CellValue[]): number {
  const length = (v: CellValue) =>
    v instanceof Date ? (v.getUTCHours() + v.getUTCMinutes() === 0 ? 10 : 16) : v === null ? 0 : String(v).length;
  const lengths = values.slice(0, 200).map(length);
  const headerWidth = Math.ceil(drawn(header).length / perWidth(header, true));
  return Math.min(60, Math.max(8, headerWidth + 2, ...lengths.map((l) => l + 2)));
}

/**
 * Each column's width: as given, else fitted to its contents; the fitted columns shown are then
 * narrowed, the widest first, until the columns shown fit the page's width. Hidden columns keep
 * their fitted width (they are not printed).
 */
export function columnWidths(columns: SheetColumn[], rows: CellValue[][]): number[] {
  const fitted = columns.map(
    (column, i) =>
      column.width ??
      fittingWidth(
        column.header,
        rows.map((row) => row[i] ?? null),
      ),
  );
  const free = (i: number) => columns[i]?.width === undefined && !columns[i]?.hidden;
  const shown = (cap: number) =>
    fitted.reduce((sum, w, i) => sum + (columns[i]?.hidden ? 0 : free(i) ? Math.min(w, cap) : w), 0);
  let cap = Math.max(0, ...fitted.filter((_, i) => free(i)));
  while (cap > narrowest && shown(cap) > pageWidth) cap--;
  return fitted.map((w, i) => (free(i) ? Math.min(w, cap) : w));
}

/**
 * Characters of text a line holds per unit of column width: the width counts digits, and a text's
 * letters are a little narrower on average (a column of width 15 holds « 1. Identification »).
 */
const textPerWidth = 1.15;
/**
 * The same for Arabic, which holds fewer letters a line than French: a unit of width is a digit of
 * Calibri (7 pixels at 11 points), the font every spreadsheet application sizes columns by (Excel,
 * LibreOffice with its bundled Carlito), while Calibri has no Arabic letters: they are drawn in Arial
 * (the workbook's theme), Noto Sans Arabic on a phone, DejaVu Sans in LibreOffice on Linux, wider than
 * Calibri's. The Arabic cells of the answers workbook measure 1.11 letters a unit in Noto Sans Arabic
 * and 1.05 in DejaVu Sans (medians) against 1.18 for French in Calibri. Counted as 1.28, « كم عدد
 * المتساكنين الذين يخدمهم هذا المرفق؟ » had one line in a column of 34 (238 pixels) where it takes
 * 265 to 282, and printed rows of the plan lost their last lines under the next row.
 */
const arabicPerWidth = 1.05;
/**
 * How much wider a bold text is (the header row): measured on the deadlines sheet's member names,
 * 1.10 in Noto Sans Arabic Bold, 1.17 to 1.21 in DejaVu Sans Bold, 1.10 to 1.13 for French names
 * in DejaVu Sans Bold. Not counted, « محمد الهادي الطرابلسي » wrapped in the column fitted to it.
 */
const boldWidth = 1.15;
const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
/** Vowel signs and other combining marks: drawn over or under a letter, no width of their own. */
const MARK = /\p{M}/gu;

/** The characters of a text that take room on a line: all but the marks. */
const drawn = (text: string) => [...text.replace(MARK, '')];

/** Characters a unit of column width holds: fewer for Arabic text, fewer for bold text. */
function perWidth(text: string, bold: boolean): number {
  const arabic = (text.match(ARABIC_LETTER)?.length ?? 0) > (text.match(LATIN_LETTER)?.length ?? 0);
  return (arabic ? arabicPerWidth : textPerWidth) / (bold ? boldWidth : 1);
}

/** The lines a text takes in a column of `width`, Arabic text holding more letters a line. */
function linesIn(text: string, width: number, bold: boolean): number {
  const perLine = Math.max(1, Math.floor(width * perWidth(text, bold)));
  return phoneLines(text.replace(MARK, ''), perLine);
}

/**
 * The height in points of a row whose texts wrap onto more than one line in the columns shown,
 * a little generous rather than cutting a line; none for a one-line row. `bold`: the header row.
 */
export function rowHeight(values: CellValue[], widths: number[], hidden: boolean[], bold = false): number | undefined {
  const lines = values.map((v, i) => (typeof v === 'string' && !hidden[i] ? linesIn(v, widths[i] ?? 1, bold) : 1));
  const most = Math.max(1, ...lines);
  return most > 1 ? most * lineHeight : undefined;
}
