import type { Locale } from '../../core/i18n.ts';

/** A message's start on one line, cut between words: « Réunion jeudi à 10 h à la… », not « …à la mairi… ». */
export function excerpt(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).trimEnd()}…`;
}

/** The version a reader of `locale` reads of a broadcast: theirs, or the other one when theirs was left out. */
export function versionIn(row: { textFr: string | null; textAr: string | null }, locale: Locale): string {
  return (locale === 'ar' ? row.textAr || row.textFr : row.textFr || row.textAr) ?? '';
}
