/** Text helpers of the chart: wrapping by measured width, and drawing in the chart's direction. */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Locale } from '../core/i18n.ts';
import { directionalRuns, isRtl, isolateForeignRuns } from './bidi.ts';
import { chartFont } from './fonts.ts';

export type Align = 'start' | 'end' | 'center';

const NBSP = '\u00a0';

/** Writes in the locale's direction; `x` is a distance from the start edge (left in French, right in Arabic). */
export interface Pen {
  readonly locale: Locale;
  readonly rtl: boolean;
  readonly width: number;
  /** Physical x of a distance from the start edge. */
  x(logical: number): number;
  text(text: string, x: number, y: number, opts: { size: number; bold?: boolean; color: string; align?: Align }): void;
  measure(text: string, size: number, bold?: boolean): number;
}

export function createPen(ctx: SKRSContext2D, locale: Locale, width: number): Pen {
  const rtl = isRtl(locale);
  const x = (logical: number) => (rtl ? width - logical : logical);
  return {
    locale,
    rtl,
    width,
    x,
    text(text, at, y, { size, bold = false, color, align = 'start' }) {
      ctx.font = chartFont(size, bold);
      ctx.fillStyle = color;
      // `start`/`end` follow ctx.direction, so one call serves both layouts.
      ctx.direction = rtl ? 'rtl' : 'ltr';
      ctx.textAlign = align;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(isolateForeignRuns(text, locale), x(at), y);
    },
    measure(text, size, bold = false) {
      ctx.font = chartFont(size, bold);
      return ctx.measureText(isolateForeignRuns(text, locale)).width;
    },
  };
}

/**
 * Greedy word wrap to `maxWidth`, at most `maxLines` lines; the last kept line ends with "…" when text
 * was left out. A word wider than a line is cut between characters. A short run of the other direction
 * ("ISO 18091" in Arabic) is kept on one line: split, its pieces would swap places across the lines.
 */
export function wrapText(pen: Pen, text: string, maxWidth: number, size: number, maxLines: number, bold = false) {
  const fits = (line: string) => pen.measure(line, size, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of words(text, pen.locale)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line) && line.length > 1) {
      const cut = longestFittingPrefix(line, fits);
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** Words to wrap; the spaces of a short foreign run are not places to break. */
function words(text: string, locale: Locale): string[] {
  const glued = directionalRuns(text, locale)
    .map((run) => (run.rtl !== isRtl(locale) && run.text.length <= 24 ? run.text.replace(/ /g, NBSP) : run.text))
    .join('');
  return glued
    .split(/[ \t\n]+/)
    .filter(Boolean)
    .map((word) => word.replaceAll(NBSP, ' '));
}

function longestFittingPrefix(word: string, fits: (s: string) => boolean): number {
  const chars = [...word];
  let n = chars.length - 1;
  while (n > 1 && !fits(chars.slice(0, n).join(''))) n--;
  return chars.slice(0, n).join('').length;
}
