const arabicIndic = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic and Persian digits → ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(arabicIndic, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** « 1 », « ٣ », « 2,5 »: a choice typed as if a numbered list were on screen. */
export const isBareNumber = (text: string): boolean =>
  /^\d{1,2}(?:\s*[,،]\s*\d{1,2})*$/.test(toAsciiDigits(text.trim()));

const arabicMarks = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;

/**
 * Arabic spelling variants folded to one form: diacritics, tatweel, alef with hamza or madda,
 * alef maqsura, taa marbuta, hamza seats, Arabic-Indic digits.
 */
export function normalizeArabic(text: string): string {
  return toAsciiDigits(text)
    .replace(arabicMarks, '')
    .replace(/\u0640/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

/** French accents and ligatures folded, lower case: "Réclamation", "reclamation" → "reclamation". */
export function foldLatin(text: string): string {
  return text.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Both foldings, then punctuation and spacing: how typed answers are matched to choices. */
export function foldText(text: string): string {
  return foldLatin(normalizeArabic(text))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Written mostly in Arabic letters (a title or an action typed in Arabic, whatever names or numbers it holds). */
export function isMostlyArabic(text: string): boolean {
  const arabic = (text.match(/\p{Script=Arabic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return arabic > latin;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A text within `max` UTF-16 units, cut with « … » between two characters as a reader sees them:
 * never inside an emoji (its surrogate pair or joined sequence) nor between a letter and its marks.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (end + segment.length > max - 1) break;
    end += segment.length;
  }
  return `${text.slice(0, end).trimEnd()}…`;
}
