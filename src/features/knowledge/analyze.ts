// Text analysis shared by indexing and querying: one script-aware pipeline, so a page and a
// question typed on a phone (no accents, no hamza, Arabic-Indic digits) end up as the same tokens.
import { stemmer as arabicStemmer } from '@orama/stemmers/arabic';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stopwords as arabicStopwords } from '@orama/stopwords/arabic';
import { stopwords as frenchStopwords } from '@orama/stopwords/french';
import { foldLatin, normalizeArabic } from '../../core/text.ts';
import { fromArabizi } from './arabizi.ts';

const arabicLetter = /[\u0600-\u06FF]/;

export { foldLatin, normalizeArabic };

/** Both foldings, lower case: what a phrase looks like once spelling noise is gone. */
export function normalizeText(text: string): string {
  return foldLatin(normalizeArabic(text));
}

/**
 * Function words of questions typed in Tunisian Arabic with Latin letters ("chnowa el kaizen",
 * "kifech n9is rdha el mwatnin"): they carry no topic.
 */
const tunisianLatinStopwords = [
  'chnowa',
  'chnouwa',
  'chnoua',
  'chnowwa',
  'chnia',
  'chniya',
  'chneya',
  'chnya',
  'chbih',
  'kifech',
  'kifach',
  'kifeh',
  'kifesh',
  'kif',
  '3lech',
  'alech',
  '3lach',
  'wa9tech',
  'waqtech',
  '9adech',
  'qadech',
  'gadech',
  'win',
  'fin',
  'chkoun',
  'el',
  'il',
  'al',
  'fel',
  'fil',
  'mta3',
  'mte3',
  'metaa',
  'mtaa',
  'w',
  'wel',
  'bech',
  'bich',
  'nejmou',
  'najmou',
  'najem',
  'nejem',
  'n9dar',
  'nnajem',
  'ya3ni',
  'yani',
  'ama',
  'hiya',
  'howa',
  'houwa',
  'heka',
  'hedha',
  'hadha',
  'hedhi',
  'li',
  'elli',
  'lel',
  'lil',
  'men',
  'mel',
  'ala',
  '3al',
  '3la',
  'fi',
  'b',
  'bel',
  'bil',
  'ki',
  'nheb',
  'n7eb',
  'najmu',
  'chwaya',
  'barcha',
  'ken',
  'kan',
  'tnajem',
  'ta3tini',
  'a3tini',
  'fasserli',
  'fassarli',
  'explique',
  'moi',
  'm3a',
  'ma3',
  'n3amlou',
  'na3mlou',
  'n3mlou',
  'na3mel',
  'ndirou',
  'nadiro',
  'chnoua',
  'ech',
  'chay',
  'haja',
  '7aja',
  'lazem',
  'lezem',
  'yelzem',
  'nbdew',
  'nebdew',
];

/** French question words and filler, beyond the library list, that never name a topic. */
const frenchExtraStopwords = [
  'quoi',
  'comment',
  'quel',
  'quels',
  'quelle',
  'quelles',
  'pourquoi',
  'quand',
  'combien',
  'est',
  'ce',
  'cest',
  'c',
  'qu',
  'l',
  'd',
  's',
  'n',
  'j',
  'faut',
  'faire',
  'peut',
  'peux',
  'doit',
  'dois',
  'on',
  'nous',
  'vous',
  'entre',
  'sont',
  'quoi',
  'svp',
  'merci',
  'bonjour',
  'dire',
  'explique',
  'expliquer',
  'expliquez',
  'moi',
  'donner',
  'donne',
  'exemple',
  'beaucoup',
  'pareil',
  'meme',
  'difference',
  'differences',
  'veut',
  'veux',
  'voudrais',
  'aimerais',
  'savoir',
  'aide',
  'aider',
  'salut',
];

/** Arabic question words and filler (MSA and Tunisian) beyond the library list. */
const arabicExtraStopwords = [
  'ما',
  'ماذا',
  'هو',
  'هي',
  'كيف',
  'لماذا',
  'متى',
  'هل',
  'اين',
  'كم',
  'شنوه',
  'شنوة',
  'شنية',
  'شنيه',
  'كيفاش',
  'علاش',
  'وقتاش',
  'قداش',
  'وين',
  'اشنوه',
  'اشنية',
  'نجم',
  'نجمو',
  'نعمل',
  'باش',
  'متاع',
  'متع',
  'الي',
  'اللي',
  'يعني',
  'معنى',
  'بين',
  'الفرق',
  'فرق',
  'عن',
  'في',
  'من',
  'على',
  'الى',
  'ان',
  'او',
  'مع',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'يمكن',
  'نستطيع',
  'اشرح',
  'لي',
  'شرح',
  'عرف',
  'تعريف',
  'مثال',
];

const frenchStop = new Set([...frenchStopwords, ...frenchExtraStopwords, ...tunisianLatinStopwords].map(foldLatin));
const arabicStop = new Set([...arabicStopwords, ...arabicExtraStopwords].map(normalizeArabic));

/** Words of a text: letters and digits, split on everything else ("l'usager" → l, usager). */
export function words(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function isArabicWord(word: string): boolean {
  return arabicLetter.test(word);
}

export function isStopword(word: string): boolean {
  return isArabicWord(word) ? arabicStop.has(word) : frenchStop.has(word);
}

const arabicArticles = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const arabicSuffixes = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** Light stemming (Larkey's "light10"): conjunction, articles, then common suffixes; on normalised spelling. */
export function lightStemArabic(word: string): string {
  let w = word;
  if (w.startsWith('و') && w.length >= 4) w = w.slice(1);
  for (const article of arabicArticles) {
    if (w.startsWith(article) && w.length - article.length >= 2) {
      w = w.slice(article.length);
      break;
    }
  }
  for (const suffix of arabicSuffixes) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 2) w = w.slice(0, -suffix.length);
  }
  return w;
}

/**
 * The index form of one normalised word: French or Arabic stem according to its script. Arabic
 * words are light-stemmed first: alone, the Snowball stemmer treats المواطن and المواطنين
 * differently; together they measured best on the evaluation set (bench/retrieval.ts).
 */
export function stemWord(word: string): string {
  if (!isArabicWord(word)) return /^\d+$/.test(word) ? word : frenchStemmer(word);
  // The Arabic stemmer expects its own spelling: the folded taa marbuta is restored at word end.
  return normalizeArabic(arabicStemmer(lightStemArabic(word).replace(/ه$/, 'ة')));
}

const stemCache = new Map<string, string>();

/** Text → search tokens: normalise, drop stop words and one-letter words, stem (cached). */
export function analyze(text: string): string[] {
  const tokens: string[] = [];
  for (const typed of words(text)) {
    const french = isArabicWord(typed) ? undefined : fromArabizi(typed);
    for (const word of french ? words(french) : [typed]) pushToken(tokens, word);
  }
  return tokens;
}

function pushToken(tokens: string[], word: string) {
  if (word.length < 2 && !/\d/.test(word)) return;
  if (isStopword(word)) return;
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemWord(word);
    if (stemCache.size < 50_000) stemCache.set(word, stem);
  }
  if (stem) tokens.push(stem);
}
