const arabicIndic = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic and Persian digits → ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(arabicIndic, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * Folds text for matching typed answers: case, French accents, Arabic diacritics and tatweel,
 * alef/yaa/taa marbuta variants, Arabic-Indic digits, punctuation and spacing.
 */
export function foldText(text: string): string {
  return toAsciiDigits(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
