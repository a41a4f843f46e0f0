/** Tables of the document model: shaded header row, light borders, padded cells, text wrapping in fixed columns. */
import {
  BorderStyle,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  AlignmentType,
  type IBorderOptions,
} from 'docx';
import type { Locale } from '../core/i18n.ts';
import { isRtl } from './bidi.ts';
import { textParagraph } from './docx-text.ts';

const LIGHT: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'BFC7D1' };
const HEADER_FILL = 'DCE6F0';

export interface TableInput {
  header: string[];
  rows: string[][];
  columnWidths?: number[];
}

/**
 * A table spanning the text width. In Arabic it is visually right to left (w:bidiVisual): the first column
 * is on the right, as an Arabic reader expects, and every cell paragraph is right to left.
 */
export function renderTable(table: TableInput, locale: Locale, contentWidth: number): Table {
  const count = Math.max(table.header.length, ...table.rows.map((r) => r.length), 1);
  const widths = columnWidths(table.columnWidths, count, contentWidth);
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      // A row moves whole to the next page: split, it leaves a blank strip under the repeated header there.
      cantSplit: true,
      children: widths.map(
        (width, i) =>
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
            children: [
              textParagraph(locale, cells[i] ?? '', { bold: header, size: 20 }, { spacing: { before: 0, after: 0 } }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    ...(isRtl(locale) ? { visuallyRightToLeft: true, alignment: AlignmentType.RIGHT } : {}),
    borders: { top: LIGHT, bottom: LIGHT, left: LIGHT, right: LIGHT, insideHorizontal: LIGHT, insideVertical: LIGHT },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    rows: [...(table.header.length > 0 ? [row(table.header, true)] : []), ...table.rows.map((r) => row(r, false))],
  });
}

/** Twips per column from relative weights, summing to the content width. */
function columnWidths(weights: number[] | undefined, count: number, contentWidth: number): number[] {
  const w = Array.from({ length: count }, (_, i) => Math.max(0, weights?.[i] ?? 1) || 1);
  const total = w.reduce((a, b) => a + b, 0);
  const widths = w.map((x) => Math.floor((contentWidth * x) / total));
  widths[count - 1] = contentWidth - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}
