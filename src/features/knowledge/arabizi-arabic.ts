// Tunisian typed in Latin letters, read in the Arabic words the base uses. The small lexicon of
// arabizi.ts maps the usual verbs and nouns to French; any other word ("rokhsat", "nadhafa",
// "fatoura") is transliterated letter by letter (digits 3 ع, 5 خ, 7 ح, 9 ق, 2 ء; digraphs kh, gh,
// ch, dh, th; vowels optional, a long vowel of the Arabic word only where a vowel is typed, and
// the و of a long ū wherever "ou" or "u" is typed) and
// matched against the words of the Arabic pages. A match counts only when the words it finds share
// one stem, or nearly all of their occurrences do: "bina" is البناء, "madania" المدنية.
import { isArabicWord, isStopword, normalizeArabic, stemWord, words } from './analyze.ts';

/** Arabic letters a Latin consonant, digraph or arabizi digit stands for (normalised spelling). */
const consonants: Array<[string, string]> = [
  ['kh', 'خ'],
  ['gh', 'غق'],
  ['ch', 'ش'],
  ['sh', 'ش'],
  ['dh', 'ذضظد'],
  ['th', 'ثت'],
  ['5', 'خ'],
  ['7', 'ح'],
  ['9', 'ق'],
  ['3', 'ع'],
  ['8', 'غ'],
  ['b', 'ب'],
  ['p', 'ب'],
  ['t', 'تط'],
  ['j', 'ج'],
  ['h', 'حه'],
  ['d', 'دض'],
  ['r', 'ر'],
  ['z', 'زظ'],
  ['s', 'سص'],
  ['f', 'ف'],
  ['v', 'ف'],
  ['q', 'ق'],
  ['k', 'كق'],
  ['g', 'قجغ'],
  ['l', 'ل'],
  ['m', 'م'],
  ['n', 'ن'],
  ['w', 'و'],
];

/**
 * Long vowels, hamza and ع a typed vowel may stand for (a short vowel stands for nothing; e is
 * short or ا, never ي); y is
 * read as a vowel (ي either way), w as a consonant (و).
 */
const vowelLetters: Record<string, string> = { a: 'اىعء', e: 'اعء', i: 'يء', y: 'ي', o: 'وء', u: 'و', '2': 'ءاوي' };

/**
 * A pattern of the Arabic spellings of a Latin word, on normalised spelling without the article;
 * undefined when the word has a letter arabizi does not use. A final t (رخصت الـ, construct state)
 * or a final vowel may be the feminine ending (ة, folded to ه).
 */
export function arabiziPattern(word: string, minConsonants = 2): RegExp | undefined {
  const latin = word.toLowerCase().replace(/(.)\1+/g, '$1');
  // A first y before a vowel is the consonant of a verb's prefix ("yemdhi" يمضي).
  let source = /^y[aeiou]/.test(latin) ? '[ي]' : '';
  let consonantCount = 0;
  let i = source ? 1 : 0;
  while (i < latin.length) {
    const pair = consonants.find(([spelling]) => latin.startsWith(spelling, i));
    if (pair) {
      source += `[${pair[1]}]`;
      consonantCount++;
      i += pair[0].length;
      continue;
    }
    let letters = '';
    const start = i;
    while (i < latin.length && Object.hasOwn(vowelLetters, latin[i] as string))
      letters += vowelLetters[latin[i++] as string];
    if (!letters) return undefined;
    const set = `[${[...new Set(letters)].join('')}]`;
    // "ou" (or u) marks a long ū, which Arabic writes: "mas2ouliya" is مسؤولية, not مساءلة.
    source += /u/.test(latin.slice(start, i)) ? `${set}?و${set}?` : `${set}{0,2}`;
  }
  if (consonantCount < minConsonants) return undefined;
  // The feminine ending: "rokhsa", "rokhsat" and "madania" end in ة.
  source = source.replace(/\[تط\]$/, '[تطه]');
  return new RegExp(`^${source}ه?$`);
}

export interface ArabicVocabulary {
  /** Bare Arabic words of the pages (article and proclitics off) with their stem and count. */
  words: Map<string, { stem: string; count: number }>;
  /** Readings already found, by kind and Latin word (each costs a scan of the words). */
  readings: Map<string, string | undefined>;
}

/** A reading, remembered: the vocabulary is rebuilt, with no memory, when the pages change. */
function remembered(vocabulary: ArabicVocabulary, key: string, read: () => string | undefined) {
  if (vocabulary.readings.has(key)) return vocabulary.readings.get(key);
  const reading = read();
  if (vocabulary.readings.size < 20_000) vocabulary.readings.set(key, reading);
  return reading;
}

/** An Arabic word without its conjunction, preposition and article ("وبالبناء" → بناء). */
function bare(word: string): string {
  return word.replace(/^[وف]?(?:[بكل]?ال|لل)(?=\p{L}{2})/u, '');
}

/** The words of the Arabic texts, each with its stem (stop words left out). */
export function arabicVocabulary(texts: Iterable<string>): ArabicVocabulary {
  const found = new Map<string, { stem: string; count: number }>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (!isArabicWord(word) || isStopword(word)) continue;
      const b = bare(word);
      const known = found.get(b);
      if (known) known.count++;
      else if (b.length >= 2) found.set(b, { stem: stemWord(word), count: 1 });
    }
  }
  return { words: found, readings: new Map() };
}

/** Share of the occurrences a stem must hold among all the words a spelling matches. */
const dominantShare = 0.75;

/**
 * The Arabic word the base uses for a Latin-letter Tunisian word, if one stem clearly wins: its
 * most frequent spelling in the pages. Undefined when nothing matches or the matches disagree.
 */
export function arabicReading(vocabulary: ArabicVocabulary, word: string, minConsonants = 2): string | undefined {
  return remembered(vocabulary, `${minConsonants}:${word}`, () => readWord(vocabulary, word, minConsonants));
}

function readWord(vocabulary: ArabicVocabulary, word: string, minConsonants: number): string | undefined {
  const pattern = arabiziPattern(normalizeArabic(word), minConsonants);
  if (!pattern) return undefined;
  const byStem = new Map<string, { total: number; best: string; bestCount: number }>();
  let total = 0;
  for (const [arabic, { stem, count }] of vocabulary.words) {
    if (!pattern.test(arabic)) continue;
    total += count;
    const s = byStem.get(stem) ?? { total: 0, best: arabic, bestCount: 0 };
    s.total += count;
    if (count > s.bestCount) Object.assign(s, { best: arabic, bestCount: count });
    byStem.set(stem, s);
  }
  let winner: { total: number; best: string } | undefined;
  for (const s of byStem.values()) if (!winner || s.total > winner.total) winner = s;
  return winner && winner.total >= 2 && winner.total >= total * dominantShare ? winner.best : undefined;
}

/** A present-tense Tunisian verb in Latin letters: n-, y- or t- before a consonant ("nrattbou"). */
const latinVerb = /^([nyt])(?![aeiou])(.+?)(ou|iw|w)?(?:hom|ha|h)?$/;
const personPrefix: Record<string, string> = { n: 'ن', y: 'ي', t: 'ت' };
/** Spellings tried per verb, at most: each ambiguous consonant doubles them. */
const maxVerbSpellings = 64;

/**
 * The Arabic spellings of a Latin-letter Tunisian verb, consonants only (its vowels are short)
 * but a typed i or ou, which may be the long ي or و of a hollow verb: "nrattbou" → نرتبو, نرطبو.
 */
export function arabicVerbSpellings(word: string): string[] {
  const m = latinVerb.exec(word.toLowerCase().replace(/(.)\1+/g, '$1'));
  if (!m) return [];
  const [, person, body, subject] = m as unknown as [string, string, string, string | undefined];
  let spellings = [personPrefix[person] as string];
  let i = 0;
  while (i < body.length) {
    const pair = consonants.find(([spelling]) => body.startsWith(spelling, i));
    const long = body.startsWith('ou', i) ? 'و' : body[i] === 'i' ? 'ي' : undefined;
    const options = pair ? [...pair[1]] : long ? ['', long] : [''];
    if (!pair && !'aeiouy'.includes(body[i] as string)) return [];
    i += pair ? pair[0].length : long === 'و' ? 2 : 1;
    spellings = spellings.flatMap((s) => options.map((o) => s + o));
    if (spellings.length > maxVerbSpellings) return [];
  }
  return spellings.map((s) => (subject ? `${s}و` : s));
}

/**
 * The verbal noun the pages use for a Latin-letter Tunisian verb ("nrattbou" → ترتيب, "nwazz3ou"
 * → توزيع), found through `nouns` (the verbal-noun patterns of a verb), if one stem clearly wins.
 */
export function arabicVerbReading(
  vocabulary: ArabicVocabulary,
  word: string,
  nouns: (verb: string) => string[],
): string | undefined {
  return remembered(vocabulary, `verb:${word}`, () => readVerb(vocabulary, word, nouns));
}

function readVerb(vocabulary: ArabicVocabulary, word: string, nouns: (verb: string) => string[]): string | undefined {
  const byStem = new Map<string, { total: number; best: string; bestCount: number }>();
  let total = 0;
  const seen = new Set<string>();
  for (const verb of arabicVerbSpellings(word)) {
    for (const noun of nouns(verb)) {
      const known = vocabulary.words.get(noun);
      if (!known || seen.has(noun)) continue;
      seen.add(noun);
      total += known.count;
      const s = byStem.get(known.stem) ?? { total: 0, best: noun, bestCount: 0 };
      s.total += known.count;
      if (known.count > s.bestCount) Object.assign(s, { best: noun, bestCount: known.count });
      byStem.set(known.stem, s);
    }
  }
  let winner: { total: number; best: string } | undefined;
  for (const s of byStem.values()) if (!winner || s.total > winner.total) winner = s;
  return winner && winner.total >= 2 && winner.total >= total * dominantShare ? winner.best : undefined;
}
