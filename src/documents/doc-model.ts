/**
 * A small, channel-neutral model of a report (diagnostic report, action sheet, guide), rendered to DOCX by
 * `renderDocx`. Texts are plain strings in the document's language; French names and numbers inside Arabic
 * text need no markup (the renderer keeps their order).
 */
import type { Locale } from '../core/i18n.ts';

export interface KeyValue {
  key: string;
  value: string;
}

export type Block =
  /** A paragraph; "\n" starts a new line within it. */
  | { type: 'paragraph'; text: string; bold?: boolean }
  | { type: 'bullets'; items: string[] }
  /** Numbered from 1, whatever lists came before. */
  | { type: 'numbered'; items: string[] }
  /**
   * A table with a shaded header row (repeated on each page). `columnWidths` are relative weights
   * (e.g. [1, 3, 1]); columns share the width equally without them.
   */
  | { type: 'table'; header: string[]; rows: string[][]; columnWidths?: number[] }
  /**
   * A PNG, centred, shown at `width` × `height` pixels (96 per inch; its own size by default) and scaled
   * down to the text width when wider. `alt`: what it shows, for a reader who cannot see it (the
   * caption by default); `caption`: a line printed under it — none for a chart that draws its own title.
   */
  | { type: 'image'; png: Uint8Array; width?: number; height?: number; alt?: string; caption?: string }
  /** "Key: value" lines, the key in bold. */
  | { type: 'keyValues'; items: KeyValue[] }
  | { type: 'pageBreak' };

export interface Section {
  heading: string;
  /** 1 (default) for a chapter, 2 for a sub-section. */
  level?: 1 | 2;
  blocks: Block[];
}

export interface DocModel {
  /** `ar` lays the whole document out right to left. */
  locale: Locale;
  /** First-page title, also in every page header and the file's properties. */
  title: string;
  subtitle?: string;
  /** Lines under the title, e.g. commune, service, team, date. */
  cover?: KeyValue[];
  sections: Section[];
  /**
   * Footer words around the page numbers; by default "Page X / Y" in French and "الصفحة X من Y" in
   * Arabic ("من", of, reads naturally right to left where a slash would swap the numbers' roles).
   */
  pageNumbers?: { page: string; of: string };
}
