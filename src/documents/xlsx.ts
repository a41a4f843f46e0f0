/**
 * Spreadsheet exports with exceljs: one sheet per table, header row bold, frozen and filterable, dates as
 * real dates shown dd/mm/yyyy, Arabic sheets laid out right to left, printed one page wide.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../core/i18n.ts';
import { isRtl } from './bidi.ts';
import { keepTogether } from './bind.ts';
import { columnWidths, rowHeight } from './xlsx-layout.ts';

/**
 * A cell: text, number, date or empty. exceljs writes a Date by its UTC day and time, so give calendar
 * dates at UTC midnight (`new Date(Date.UTC(2025, 2, 12))`) or they may show the day before; a Date
 * with another time of day is shown as date and time (give the wall-clock time as UTC).
 */
export type CellValue = string | number | Date | null;

export interface SheetColumn {
  header: string;
  /**
   * Width in characters. By default one that fits the header and the first rows' values, narrowed
   * (the text wraps) so that the columns shown fit a printed page's width.
   */
  width?: number;
  /**
   * Kept in the file for sorting and filtering, but folded away: not shown until the reader opens
   * its group (the "+" above the columns), and not printed.
   */
  hidden?: boolean;
}

export interface Sheet {
  /** Shown on the tab; cleaned of []:*?/\ and cut to 31 characters, as Excel requires. */
  name: string;
  /** The sheet's whole name, printed in its footer when `name` had to be shortened for the tab. */
  title?: string;
  columns: SheetColumn[];
  rows: CellValue[][];
}

export interface WorkbookModel {
  locale: Locale;
  sheets: Sheet[];
}

const DATE_FORMAT = 'dd/mm/yyyy';
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
const HEADER_FILL = 'FFDCE6F0';

/** Renders the workbook as XLSX bytes. */
export async function renderXlsx(book: WorkbookModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jawda';
  const used = new Set<string>();
  for (const sheet of book.sheets) addSheet(workbook, sheet, uniqueName(sheetName(sheet.name), used), book.locale);
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
}

function addSheet(workbook: ExcelJS.Workbook, given: Sheet, name: string, locale: Locale): void {
  const sheet = boundText(given);
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: isRtl(locale) }],
    // Printed, a sheet is as wide as an A4 landscape page (every column shown on it), with its grid,
    // its header row on each page and the page number; without this, each column printed on its
    // own page. The column widths keep the text at its size on that page (xlsx-layout.ts).
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      showGridLines: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    // The sheet's whole name ("&&" is a literal "&"): a tab's name is cut at 31 characters.
    headerFooter: {
      oddFooter: `&C${[...(sheet.title ?? sheet.name)].slice(0, 120).join('').replace(/&/g, '&&')} — &P / &N`,
    },
    // Folded columns: their group is closed (exceljs marks as collapsed the columns at this level).
    ...(sheet.columns.some((column) => column.hidden) ? { properties: { outlineLevelCol: 1 } } : {}),
  });
  const widths = columnWidths(sheet.columns, sheet.rows);
  const hidden = sheet.columns.map((column) => column.hidden === true);
  ws.columns = sheet.columns.map((column, i) => ({
    header: column.header,
    width: widths[i],
    ...(column.hidden ? { hidden: true, outlineLevel: 1 } : {}),
  }));
  const header = ws.getRow(1);
  const headerHeight = rowHeight(
    sheet.columns.map((column) => column.header),
    widths,
    hidden,
    true,
  );
  if (headerHeight) header.height = headerHeight;
  // Named: a font without a name is drawn in the reader's default font, a serif in LibreOffice.
  header.font = { name: 'Calibri', size: 11, bold: true };
  // In an Arabic sheet every text reads right to left and starts at the right, even a French name
  // or a number first ("12 دقيقة"); otherwise each cell would take the direction of its first letter.
  const direction: Partial<ExcelJS.Alignment> = isRtl(locale) ? { readingOrder: 'rtl', horizontal: 'right' } : {};
  header.alignment = { vertical: 'middle', wrapText: true, ...direction };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  for (const values of sheet.rows) {
    const row = ws.addRow(values.map((v) => v ?? null));
    row.eachCell((cell) => {
      // A calendar date is given at UTC midnight; any other time of day is shown with the date.
      if (cell.value instanceof Date)
        cell.numFmt = cell.value.getUTCHours() + cell.value.getUTCMinutes() === 0 ? DATE_FORMAT : DATE_TIME_FORMAT;
      cell.alignment =
        typeof cell.value === 'string' ? { vertical: 'top', wrapText: true, ...direction } : { vertical: 'top' };
    });
    const height = rowHeight(values, widths, hidden);
    if (height) row.height = height;
  }
  if (sheet.columns.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.columns.length } };
  }
}

/** The sheet's headers and text cells with each number kept with its unit (« 50 % »), each quote with its words. */
function boundText(sheet: Sheet): Sheet {
  return {
    ...sheet,
    columns: sheet.columns.map((column) => ({ ...column, header: keepTogether(column.header) })),
    rows: sheet.rows.map((values) => values.map((v) => (typeof v === 'string' ? keepTogether(v) : v))),
  };
}

/**
 * Excel's rules for a sheet name: no []:*?/\, at most 31 characters (cut at a word when one ends in the
 * last ten), not empty, no quote at either end.
 */
export function sheetName(name: string): string {
  const tidy = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim();
  const chars = [...tidy(name.replace(/[[\]:*?/\\]/g, ' '))];
  let kept = chars;
  if (chars.length > 31) {
    const space = chars[31] === ' ' ? 31 : chars.slice(0, 31).lastIndexOf(' ');
    kept = chars.slice(0, space >= 21 ? space : 31);
  }
  return tidy(kept.join('')) || 'Sheet';
}

/** Sheet names must be unique (case-insensitive): a repeated name gets " (2)", " (3)"… within 31 characters. */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate =
      [...name]
        .slice(0, 31 - suffix.length)
        .join('')
        .trimEnd() + suffix;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}
