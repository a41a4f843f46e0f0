/**
 * One word of a document's file name: lower case, Latin accents dropped (« Béja » → « beja »),
 * Arabic letters kept whole with their hamza (« إجابات », « أريانة ») and their vowel marks
 * dropped, anything else between words a hyphen — letters, digits and hyphens, as Telegram and
 * WhatsApp send them.
 */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .normalize('NFD')
      // Madda and hamza (U+0653–U+0655) compose back into « آ », « أ », « إ », « ؤ », « ئ ».
      .replace(/\p{M}/gu, (mark) => (/[\u0653-\u0655]/u.test(mark) ? mark : ''))
      .normalize('NFC')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
  );
}

/** « jawda-<word>-<word>-….<extension> », each word through `slug`; empty words left out. */
export function documentFileName(words: readonly string[], extension: string): string {
  return `${['jawda', ...words].map(slug).filter(Boolean).join('-')}.${extension}`;
}
