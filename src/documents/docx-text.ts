/**
 * Text runs and paragraphs that keep their direction in Word and LibreOffice. An Arabic paragraph is
 * `bidirectional` (w:bidi); its Arabic runs are `rightToLeft` (w:rtl), and each French or numeric run sits
 * between two left-to-right marks (themselves between right-to-left marks, so that two such runs separated
 * by a sign stay in right-to-left order), so that "72 / 100" or "ISO 9001" keep their order: ECMA-376 (I.7) lets
 * LRM/RLM steer the bidi algorithm, while isolates (U+2066–2069) are not understood by every Word version.
 */
import { Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Locale } from '../core/i18n.ts';
import { LRM, RLM, directionalRuns, isRtl } from './bidi.ts';
import { bindPunctuation, joinBoundHyphens, keepTogether } from './bind.ts';

export const FONT = 'Arial'; // ships with Word on Windows and macOS and covers Arabic
export const INK = '1F2933';
export const MUTED = '5F6B7A';

export interface TextStyle {
  bold?: boolean;
  italics?: boolean;
  /** Half-points, as Word counts (22 = 11 pt). */
  size?: number;
  color?: string;
}

/** Right-to-left embedding and its end: understood by Word and LibreOffice alike, unlike isolates. */
const RLE = '\u202b';
const PDF = '\u202c';
/** Left-to-right embedding, for a French answer in an Arabic document. */
const LRE = '\u202a';

/** Runs of one line of text, each with its direction. */
export function textRuns(text: string, locale: Locale, style: TextStyle = {}): TextRun[] {
  const rtlDocument = isRtl(locale);
  let embedded = false; // within an answer embedded whole (opens … closes)
  return directionalRuns(bindPunctuation(keepTogether(text)), locale).map((run) => {
    const words = joinBoundHyphens(run.text);
    if (run.opens) embedded = true;
    const inEmbedding = embedded;
    if (run.closes) embedded = false;
    return new TextRun({
      // LRM inside keeps the run's own order; RLM outside keeps the runs in right-to-left order,
      // so "62 % ← 95 %" reads from 62 to 95 even though both numbers are left-to-right runs.
      // In French, a right-to-left mark closes an Arabic run, so that the full stop ending it stays
      // at its left end, where an Arabic sentence ends.
      // An Arabic answer with Latin words inside (« نظام GED ») is one right-to-left embedding, so its
      // Latin words are drawn inside it; a left-to-right mark after it keeps what follows (the arrow
      // to an action) in the French line, instead of drawn inside the Arabic, pointing back at it.
      // The mirror in Arabic: a French answer with Arabic words or its own full stop (« … : 3 agents. »)
      // is one left-to-right embedding, and a right-to-left mark after it keeps the arrow that follows
      // in the Arabic line.
      text: rtlDocument
        ? inEmbedding
          ? (run.opens ? LRE : '') + words + (run.closes ? PDF + RLM : '')
          : run.rtl
            ? words
            : RLM + LRM + words + LRM + RLM
        : (run.opens ? RLE : '') +
          (run.rtl && !run.opens && !run.closes ? words + RLM : words) +
          (run.closes ? PDF + LRM : ''),
      ...(run.rtl ? { rightToLeft: true } : {}),
      ...runStyle(style),
    });
  });
}

/** Text on several lines ("\n"), as runs separated by line breaks. */
export function lineRuns(text: string, locale: Locale, style: TextStyle = {}): TextRun[] {
  return text
    .split('\n')
    .flatMap((line, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), ...textRuns(line, locale, style)]);
}

/** Bold and size for Latin and complex-script (Arabic) text alike: Word keeps them apart. */
export function runStyle(style: TextStyle) {
  return {
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.italics ? { italics: true, italicsComplexScript: true } : {}),
    ...(style.size ? { size: style.size, sizeComplexScript: style.size } : {}),
    ...(style.color ? { color: style.color } : {}),
  };
}

/** A paragraph in the document's direction. */
export function paragraph(
  locale: Locale,
  children: ParagraphChild[],
  options: Omit<IParagraphOptions, 'children' | 'bidirectional'> = {},
): Paragraph {
  return new Paragraph({ ...options, ...(isRtl(locale) ? { bidirectional: true } : {}), children });
}

/** A paragraph of plain text. */
export function textParagraph(
  locale: Locale,
  text: string,
  style: TextStyle = {},
  options: Omit<IParagraphOptions, 'children' | 'bidirectional'> = {},
): Paragraph {
  return paragraph(locale, lineRuns(text, locale, style), options);
}
