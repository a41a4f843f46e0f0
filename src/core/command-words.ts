// The words commands take after their name (« /export الإجابات الكل », « /lang بالعربية »), read
// the same way by every command: folded as `foldText` does, and without the Arabic article, so that
// a list names a word once (« إجابات ») and the forms people type with it are read too.
import { foldText } from './text.ts';

/**
 * The Arabic article at the start of a folded word: « ال », after « و » (and) or « ب » (with), and
 * « لل » (for the). Two letters must remain (« الكل » → « كل »; « الي », that is « إلى », stays).
 * Applied alike to the lists and to what is typed, a word starting with a folded « إل » or « أل »
 * (« إلغاء ») loses the same letters on both sides and still matches.
 */
const article = /(^| )(?:[وب]?ال|لل)(?=\p{L}{2})/gu;

/** How a command's word argument is compared with the words of a list. */
export function commandWord(text: string): string {
  return foldText(text).replace(article, '$1');
}

/**
 * Reads a typed word against lists of words by meaning: `wordReader({ ar: ['عربية', 'arabe'] })`
 * gives `'ar'` for « بالعربية », « العربية », « Arabe ». Two meanings sharing a word is a mistake
 * in the lists, refused when they are made.
 */
export function wordReader<K extends string>(lists: Record<K, readonly string[]>): (typed: string) => K | undefined {
  const meanings = new Map<string, K>();
  for (const [meaning, words] of Object.entries(lists) as [K, readonly string[]][]) {
    for (const word of words) {
      const key = commandWord(word);
      const taken = meanings.get(key);
      if (taken !== undefined && taken !== meaning)
        throw new Error(`« ${word} » reads as both ${taken} and ${meaning}`);
      meanings.set(key, meaning);
    }
  }
  return (typed) => meanings.get(commandWord(typed));
}

/** Whether a typed word is one of `words` (read as `wordReader` reads them). */
export function wordSet(words: readonly string[]): (typed: string) => boolean {
  const read = wordReader({ yes: words });
  return (typed) => read(typed) === 'yes';
}

/**
 * The words that take back a « done » (/plan undo 2, /deadlines undo 2), read alike by both
 * commands; a few are two words (« pas fait », « لم ينجز »), see `leadingMeaning`.
 */
export const undoWords = [
  'undo',
  'reopen',
  'annuler',
  'rouvrir',
  'a refaire',
  'pas fait',
  'pas faite',
  'non fait',
  'non faite',
  'تراجع',
  'لم ينجز',
  'غير منجز',
  'لم يتم',
] as const;

/**
 * What the first words of a command's arguments mean, and the words after them: the first two are
 * read first (« pas fait 2 »), then the first alone (« undo 2 »).
 */
export function leadingMeaning<K extends string>(
  read: (typed: string) => K | undefined,
  words: readonly string[],
): { meant: K | undefined; rest: string[] } {
  const two = words.length > 1 ? read(words.slice(0, 2).join(' ')) : undefined;
  if (two) return { meant: two, rest: words.slice(2) };
  return { meant: read(words[0] ?? ''), rest: words.slice(1) };
}

/**
 * The word that asks a short reply in full (« /status détail », « /plan tout », « /خطة تفاصيل »):
 * every part, dimension or action, as the reply showed them before it fit a phone screen.
 */
export const isDetailWord = wordSet([
  'detail',
  'details',
  'tout',
  'tous',
  'toutes',
  'complet',
  'full',
  'all',
  'تفاصيل',
  'تفصيل',
  'بالتفصيل',
  'كل',
  'الكل',
  'كامل',
]);
