/** What the export's sheets share: the reader's words, the teams' time zone, cells and sheet names. */
import { localParts } from '../../core/time.ts';
import type { SheetColumn } from '../../documents/xlsx.ts';
import type { Questionnaire } from '../questionnaires/definitions.ts';
import type { RenderContext } from '../questionnaires/render.ts';

export interface SheetContext {
  /** The reader's language; its `t` must give text without bidi isolation marks (cells are not sentences). */
  rc: RenderContext;
  /** Zone of the wall-clock times written in the cells (TIMEZONE). */
  timeZone: string;
  questionnaires: readonly Questionnaire[];
}

/** exceljs writes a Date by its UTC fields: the zone's wall-clock time is given as UTC fields. */
export function wallClock(date: Date, timeZone: string): Date {
  const p = localParts(date, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

/** "12/06/2025 15:15", in the zone. */
export function stamp(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(p.day)}/${two(p.month)}/${p.year} ${two(p.hour)}:${two(p.minute)}`;
}

/**
 * Cuts a title so that prefix + title + suffix fit Excel's 31 characters (at a word when one ends
 * near the cut), keeping the team slug and the run number whole.
 */
export function fitName(prefix: string, title: string, suffix: string): string {
  const room = Math.max(8, 31 - [...prefix].length - [...suffix].length);
  const chars = [
    ...title
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ];
  let kept = chars;
  if (chars.length > room) {
    const space = chars.slice(0, room + 1).lastIndexOf(' ');
    kept = chars.slice(0, space >= room - 10 ? space : room);
  }
  return `${prefix}${kept.join('').trim()}${suffix}`;
}

/** Column headers from the catalog messages `export-answers-col-<name>`. */
export const headers = (rc: RenderContext, names: string[]): SheetColumn[] =>
  names.map((name) => ({ header: rc.t(`export-answers-col-${name}`) }));
