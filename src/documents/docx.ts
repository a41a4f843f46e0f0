/**
 * Renders the document model (doc-model.ts) to a DOCX file with the `docx` package: A4, title and cover
 * lines first, the title in every page header, "Page X / Y" in the footer. An Arabic document is right to
 * left throughout: paragraphs, headings, lists, tables, header and footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  TextRun,
  Footer,
  Header,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import type { Locale } from '../core/i18n.ts';
import { isRtl } from './bidi.ts';
import type { DocModel, Section } from './doc-model.ts';
import { BULLETS, NUMBERS, keyValueParagraph, renderBlock, type BlockContext } from './docx-blocks.ts';
import { FONT, INK, MUTED, paragraph, runStyle, textParagraph } from './docx-text.ts';

// A4 in twips (1/1440 inch), 2 cm side margins, 2.5 cm top and bottom.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1418, left: 1134, right: 1134, header: 567, footer: 567 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const PAGE_WORDS: Record<Locale, { page: string; of: string }> = {
  fr: { page: 'Page', of: '/' },
  ar: { page: 'الصفحة', of: 'من' },
};

/** Renders the document to DOCX bytes. */
export async function renderDocx(doc: DocModel): Promise<Buffer> {
  const { locale } = doc;
  let listInstance = 0;
  const ctx: BlockContext = { locale, contentWidth: CONTENT_WIDTH, nextListInstance: () => ++listInstance };
  const children = [
    textParagraph(locale, doc.title, {}, { heading: HeadingLevel.TITLE }),
    ...(doc.subtitle
      ? [textParagraph(locale, doc.subtitle, { size: 28, color: MUTED }, { spacing: { after: 240 } })]
      : []),
    ...(doc.cover ?? []).map((item) => keyValueParagraph(item, locale)),
    ...doc.sections.flatMap((section) => renderSection(section, ctx)),
  ];
  const document = new Document({
    title: doc.title,
    creator: 'Jawda',
    styles: styles(),
    numbering: numbering(),
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        headers: { default: header(doc) },
        footers: { default: footer(doc) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function renderSection(section: Section, ctx: BlockContext) {
  const heading = section.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1;
  return [
    textParagraph(ctx.locale, section.heading, {}, { heading, keepNext: true }),
    ...section.blocks.flatMap((block, i) => renderBlock(block, ctx, section.blocks[i + 1])),
  ];
}

function header(doc: DocModel): Header {
  const line = { style: BorderStyle.SINGLE, size: 4, color: 'BFC7D1', space: 4 };
  return new Header({
    children: [textParagraph(doc.locale, doc.title, { size: 16, color: MUTED }, { border: { bottom: line } })],
  });
}

/** "Page 3 / 12", or "الصفحة 3 من 12": Word fills in the numbers when it lays the pages out. */
function footer(doc: DocModel): Footer {
  const words = doc.pageNumbers ?? PAGE_WORDS[doc.locale];
  const style = { ...runStyle({ size: 16, color: MUTED }), ...(isRtl(doc.locale) ? { rightToLeft: true } : {}) };
  const run = new TextRun({
    ...style,
    children: [`${words.page} `, PageNumber.CURRENT, ` ${words.of} `, PageNumber.TOTAL_PAGES],
  });
  return new Footer({ children: [paragraph(doc.locale, [run], { alignment: AlignmentType.CENTER })] });
}

function styles(): IStylesOptions {
  const heading = (size: number, color: string) => ({
    run: { font: FONT, ...runStyle({ size, color, bold: true }) },
    paragraph: { spacing: { before: 320, after: 120 }, keepNext: true },
  });
  return {
    default: {
      document: {
        run: {
          font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
          ...runStyle({ size: 22, color: INK }),
          language: { value: 'fr-FR', bidirectional: 'ar-TN' },
        },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, ...runStyle({ size: 44, color: '1F3A5F', bold: true }) },
        paragraph: { spacing: { after: 120 } },
      },
      heading1: heading(32, '1F3A5F'),
      heading2: heading(26, '2E5C8A'),
    },
  };
}

function numbering(): INumberingOptions {
  const indent = { start: 567, hanging: 340 };
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: 0,
    format,
    text,
    alignment: AlignmentType.START,
    style: { paragraph: { indent } },
  });
  return {
    config: [
      { reference: BULLETS, levels: [level(LevelFormat.BULLET, '•')] },
      { reference: NUMBERS, levels: [level(LevelFormat.DECIMAL, '%1.')] },
    ],
  };
}
