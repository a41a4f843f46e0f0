/** The blocks of the document model as docx paragraphs and tables. */
import { AlignmentType, ImageRun, PageBreak, type Paragraph, type Table } from 'docx';
import type { Locale } from '../core/i18n.ts';
import type { Block, KeyValue } from './doc-model.ts';
import { renderTable } from './docx-table.ts';
import { MUTED, lineRuns, paragraph, textParagraph, textRuns } from './docx-text.ts';

export const BULLETS = 'jawda-bullets';
export const NUMBERS = 'jawda-numbers';
const TWIPS_PER_PIXEL = 15; // 1440 twips per inch, 96 pixels per inch

export interface BlockContext {
  locale: Locale;
  /** Width between the margins, in twips. */
  contentWidth: number;
  /** Gives each numbered list its own numbering instance, so it starts at 1. */
  nextListInstance(): number;
}

/**
 * A block as paragraphs and tables. A bold line (a problem's title, a sub-heading of a page) and a line
 * that introduces a table or a picture stay on the page of what follows them: the plan's introduction
 * was left at the foot of a page, its table on the next, and the scores' introduction under its heading
 * at the foot of a page, the chart on the next.
 */
export function renderBlock(block: Block, ctx: BlockContext, next?: Block): (Paragraph | Table)[] {
  const { locale } = ctx;
  switch (block.type) {
    case 'paragraph': {
      const keepNext = next !== undefined && (block.bold === true || next.type === 'table' || next.type === 'image');
      // A bold line opens what follows it: space above sets it apart from the block before (the
      // report's second problem ran on from the first one's last line).
      const options = { ...(keepNext ? { keepNext } : {}), ...(block.bold ? { spacing: { before: 200 } } : {}) };
      return [textParagraph(locale, block.text, { bold: block.bold ?? false }, options)];
    }
    case 'bullets':
      return block.items.map((item) =>
        paragraph(locale, textRuns(item, locale), { numbering: { reference: BULLETS, level: 0 } }),
      );
    case 'numbered': {
      const instance = ctx.nextListInstance();
      return block.items.map((item) =>
        paragraph(locale, textRuns(item, locale), { numbering: { reference: NUMBERS, level: 0, instance } }),
      );
    }
    case 'table':
      // An empty paragraph after the table keeps the next block from touching its bottom border.
      return [renderTable(block, locale, ctx.contentWidth), paragraph(locale, [])];
    case 'image':
      return renderImage(block, ctx);
    case 'keyValues':
      return block.items.map((item) => keyValueParagraph(item, locale));
    case 'pageBreak':
      return [paragraph(locale, [new PageBreak()])];
  }
}

/**
 * "Key: value", the key in bold; French puts a space before the colon, Arabic does not. A value on
 * several lines (a mission's participants, one a line) keeps its lines: Word drew them as one run-on line.
 */
export function keyValueParagraph(item: KeyValue, locale: Locale): Paragraph {
  const separator = locale === 'ar' ? ': ' : ' : ';
  return paragraph(
    locale,
    [...textRuns(item.key + separator, locale, { bold: true }), ...lineRuns(item.value, locale)],
    {
      spacing: { after: 60 },
    },
  );
}

function renderImage(block: Extract<Block, { type: 'image' }>, ctx: BlockContext): Paragraph[] {
  const own = pngSize(block.png);
  const width = block.width ?? own.width;
  const height = block.height ?? (block.width ? (own.height * block.width) / own.width : own.height);
  const scale = Math.min(1, Math.floor(ctx.contentWidth / TWIPS_PER_PIXEL) / width);
  const image = new ImageRun({
    type: 'png',
    data: block.png,
    transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
    altText: { name: 'image', description: block.alt ?? block.caption ?? '', title: block.alt ?? block.caption ?? '' },
  });
  const picture = paragraph(ctx.locale, [image], {
    alignment: AlignmentType.CENTER,
    // With its caption; not with the block after it: a chart kept with the table under it went, with
    // its heading, to the next page, and left most of the page before it blank.
    ...(block.caption ? { keepNext: true } : {}),
    // Without a caption under it, the picture keeps the caption's room from what follows.
    spacing: { before: 120, after: block.caption ? 60 : 200 },
  });
  if (!block.caption) return [picture];
  const caption = textParagraph(
    ctx.locale,
    block.caption,
    { italics: true, size: 18, color: MUTED },
    { alignment: AlignmentType.CENTER, spacing: { after: 200 } },
  );
  return [picture, caption];
}

/** Width and height from the PNG's IHDR chunk (bytes 16–23, big-endian), which always comes first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.byteLength < 24 || view.getUint32(0) !== 0x89504e47 || view.getUint32(12) !== 0x49484452) {
    throw new Error('image block: not a PNG');
  }
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
