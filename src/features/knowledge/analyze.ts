// Text analysis shared by indexing and querying: one script-aware pipeline, so a page and a
// question typed on a phone (no accents, no hamza, Arabic-Indic digits) end up as the same tokens.
import { stemmer as arabicStemmer } from '@orama/stemmers/arabic';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stopwords as arabicStopwords } from '@orama/stopwords/arabic';
import { stopwords as frenchStopwords } from '@orama/stopwords/french';
import { foldLatin, normalizeArabic } from '../../core/text.ts';
import { arabicLemma } from './arabic-lemmas.ts';
import { fromArabizi } from './arabizi.ts';
import { arabicContentWords, arabicExtraStopwords, frenchExtraStopwords, tunisianLatinStopwords } from './stopwords.ts';

const arabicLetter = /[\u0600-\u06FF]/;

export { foldLatin, normalizeArabic };

/** Both foldings, lower case: what a phrase looks like once spelling noise is gone. */
export function normalizeText(text: string): string {
  return foldLatin(normalizeArabic(text));
}

const frenchStop = new Set([...frenchStopwords, ...frenchExtraStopwords, ...tunisianLatinStopwords].map(foldLatin));
/** Tunisian words in Latin letters that are no French word ("chkoun", "el", "mta3"; not "ma", "fin"). */
const tunisianMarkers = new Set(
  tunisianLatinStopwords
    .map(foldLatin)
    .filter(
      (w) => w.length >= 2 && w !== 'fin' && ![...frenchStopwords, ...frenchExtraStopwords].map(foldLatin).includes(w),
    ),
);

/** Is this a word only Tunisian typed in Latin letters uses? */
export function isTunisianLatinMarker(word: string): boolean {
  return tunisianMarkers.has(word);
}

const arabicKept = new Set(arabicContentWords.map(normalizeArabic));
const arabicStop = new Set(
  [...arabicStopwords, ...arabicExtraStopwords].map(normalizeArabic).filter((w) => !arabicKept.has(w)),
);

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

/** Latin names the Arabic pages keep in Latin letters ("ISO"), as a question may spell them in Arabic. */
const latinNames = new Map([
  ['ايزو', 'iso'],
  ['لين', 'lean'],
  ['سيرفكوال', 'servqual'],
  ['سوات', 'swot'],
  ['سووت', 'swot'],
]);

const arabicArticles = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const arabicSuffixes = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
/** Possessive endings ("بلدياتنا", "أعوانهم"), taken off before the others when a stem of 3 letters is left. */
const arabicPossessives = ['هم', 'نا', 'كم'];

/**
 * Light stemming (Larkey's "light10"): conjunction, articles, then common suffixes; on normalised
 * spelling. An initial و is the conjunction only if a stem of 3 letters is left without it: else
 * it is the first letter of the root (وحدة, ورشة, ودية are not و + حد, رش, دي).
 */
export function lightStemArabic(word: string): string {
  if (word.startsWith('و') && word.length >= 4) {
    const stem = stripArabic(word.slice(1));
    return stem.length >= 3 ? stem : stripArabic(word);
  }
  return stripArabic(word);
}

/** Articles, then common suffixes. */
function stripArabic(word: string): string {
  let w = word;
  for (const article of arabicArticles) {
    if (w.startsWith(article) && w.length - article.length >= 2) {
      w = w.slice(article.length);
      break;
    }
  }
  // A possessive after taa marbuta shows it as ت: "بلديتنا" is بلدية + نا, "خدماتهم" خدمات + هم.
  if (w.length >= 5) w = w.replace(/ات(?:ها|هم|نا|كم|ه)$/, 'ات').replace(/([^ا])ت(?:ها|هم|نا|كم|ه)$/, '$1ه');
  for (const suffix of arabicPossessives) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
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
  const acronym = acronyms.get(word);
  if (acronym) return acronym;
  const plural = ownPlural(word);
  if (plural) return plural;
  // A word with digits is a reference ("9001", "5S", "P90"): stemming "5s" to "5" would make it any "5".
  if (!isArabicWord(word)) return /\d/.test(word) ? word : frenchStemmer(word);
  // A broken plural or a spelling variant first becomes its singular (الشكاوى → شكوى). The Arabic
  // stemmer expects its own spelling: the folded taa marbuta is restored at word end.
  const light = lightStemArabic(arabicLemma(word)).replace(/ه$/, 'ة');
  return normalizeArabic(arabicStemmer(light));
}

/**
 * Acronyms whose stem would be a word's: « PAI » (programme annuel d'investissement) is not « paie »
 * (« qui paie le concessionnaire ? »), which stems to « pai ». Keys on normalised spelling.
 */
const acronyms = new Map([['pai', 'pai.']]);

/**
 * Plurals with a meaning of their own, kept apart from their singular: « les attentes » and
 * الانتظارات are what citizens expect, « l'attente » and الانتظار the wait at a counter; التعريفات
 * are tariffs (or definitions), التعريف بالإمضاء the legalising of a signature. Stemmed alike, a
 * question on one would find the other. Keys on normalised spelling, without affixes.
 */
const ownPlurals = new Set(['attentes', 'انتظارات', 'تعريفات']);

/** The token of a plural with a meaning of its own (its bare form), else undefined. */
function ownPlural(word: string): string | undefined {
  if (!isArabicWord(word)) return ownPlurals.has(word) ? word : undefined;
  const bare = word.replace(/^[وف]?(?:[بكل]?ال|لل|[بل])?/, '').replace(/(?:هم|ها|نا|كم|ه)$/, '');
  return ownPlurals.has(bare) ? bare : undefined;
}

const stemCache = new Map<string, string>();

/**
 * Two-word names whose first word alone means something else, read as one token (the second word
 * is kept too), or as the word it is the plural of: الحالة المدنية is civil status, not a case
 * (حالة, as in دراسات حالة), nor is "l'état civil" a state of things ("état des lieux"). Keys are
 * the bare words (no article or preposition), on normalised spelling.
 */
const compounds = new Map([
  ['حاله مدنيه', 'حالةمدنية'],
  ['etat civil', 'etatcivil'],
  // الكتّاب العامون are secretaries general (plural of الكاتب العام), not books (كتاب).
  ['كتاب عامين', 'كاتب'],
  ['كتاب عامون', 'كاتب'],
]);

/** An Arabic word without its conjunction, preposition and article ("بالحالة" → حاله). */
function bareArabic(word: string): string {
  return word.replace(/^[وف]?(?:[بك]?ال|لل)(?=\p{L}{3})/u, '');
}

/**
 * Text → search tokens: normalise, drop stop words and one-letter words, stem (cached). A word
 * right after a small number is kept even if it is a stop word: "les 5 pourquoi" is a method
 * (a year is not a count: "2020 et" keeps dropping "et"); an Arabic particle is not.
 */
export function analyze(text: string): string[] {
  const tokens: string[] = [];
  const entrusting = entrustingWords(text);
  let afterNumber = false;
  let previous = '';
  for (const [i, spelt] of words(text).entries()) {
    // "من أجل" is "for": its أجل is not a deadline.
    const skip = spelt === 'اجل' && previous === 'من';
    // Tunisian negation wraps the verb: "ما يستناوش" is "they do not wait", the verb is يستناو.
    const unwrapped = previous === 'ما' && spelt.length >= 4 && spelt.endsWith('ش') ? spelt.slice(0, -1) : spelt;
    const typed = entrusting.has(i) ? entrust : unwrapped;
    const french = isArabicWord(typed) ? latinNames.get(typed.replace(/^(و?ال|و)/, '')) : fromArabizi(typed);
    const compound = compounds.get(`${bareArabic(previous)} ${bareArabic(spelt)}`);
    if (compound && tokens.length > 0) tokens[tokens.length - 1] = compound;
    if (!skip) for (const word of french ? words(french) : [typed]) pushToken(tokens, word, afterNumber);
    afterNumber = /^\d{1,2}$/.test(typed);
    previous = spelt;
  }
  return tokens;
}

/** The root عهد: the token of every form of "to entrust with" (عهد إليه بـ, يُعهد, تعهيد). */
const entrust = 'عهد';
/** Forms that only mean "to entrust" (not تعهد, also the noun "commitment"), without conjunction. */
const entrustForms = new Set(['يعهد', 'نعهد', 'اعهد', 'عهدت', 'يعهدون', 'نعهدو', 'تعهيد', 'التعهيد']);
/** What a bare تعهد entrusts to: "تعهد البلدية بالتنظيف إلى مقاول", "تعهد إليه بالتصرف". */
const entrustedTo = new Set(['الي', 'اليه', 'اليها', 'اليهم']);

/**
 * Positions (in words(text)) of words meaning "to entrust with", read as its root: تعهد is the
 * commitment (تعهدات الخدمة) unless its sentence says to whom something is entrusted (إلى).
 */
function entrustingWords(text: string): Set<number> {
  const found = new Set<number>();
  let index = 0;
  for (const sentence of normalizeText(text).split(/[.;:!?؛؟\n]/)) {
    const spelt = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
    spelt.forEach((word, i) => {
      const bare = word.replace(/^[وف](?=\p{L}{3})/u, '');
      const entrusts = bare === 'تعهد' && spelt.slice(i + 1).some((w) => entrustedTo.has(w));
      if (entrustForms.has(bare) || entrusts) found.add(index + i);
    });
    index += spelt.length;
  }
  return found;
}

/** A question word or a particle behind the conjunction و or ف ("وكيف", "فهل", "وما"). */
function isGluedStopword(word: string): boolean {
  return /^[وف]/.test(word) && isArabicWord(word) && isStopword(word.slice(1));
}

/**
 * A particle or question word carrying a pronoun ("يمكنه", "فيهم", "عليها", "معناها"): a stop word
 * still. A final alef maqsura shows as alef before the pronoun (معنى → معناها).
 */
function isSuffixedStopword(word: string): boolean {
  if (!isArabicWord(word)) return false;
  const bare = word.replace(/(?:هما|هم|ها|كم|نا|ه)$/, '');
  return bare.length >= 2 && bare !== word && (isStopword(bare) || isStopword(bare.replace(/ا$/, 'ي')));
}

/**
 * French ordinals, spelt out or abbreviated, read as their number: the pages head "Immersion 2" and
 * "Session 1" where a question says "la deuxième immersion", "la 2e immersion" or "la première session".
 */
const ordinals = new Map([
  ...['premier', 'premiere', '1er', '1re', '1ere', '1eme'].map((w) => [w, '1'] as const),
  ...['deuxieme', 'second', 'seconde', '2e', '2eme', '2nd', '2nde', '2de'].map((w) => [w, '2'] as const),
  ...['troisieme', '3e', '3eme'].map((w) => [w, '3'] as const),
  ...['quatrieme', '4e', '4eme'].map((w) => [w, '4'] as const),
  ...['cinquieme', '5e', '5eme'].map((w) => [w, '5'] as const),
  ...['sixieme', '6e', '6eme'].map((w) => [w, '6'] as const),
]);

function pushToken(tokens: string[], spelt: string, afterNumber: boolean) {
  const word = ordinals.get(spelt) ?? spelt;
  if (word.length < 2 && !/\d/.test(word)) return;
  // An Arabic particle after a number is still a particle: "الفصل 85 من المجلة" is "of" the code.
  const counted = afterNumber && !isArabicWord(word);
  if ((isStopword(word) || isGluedStopword(word) || isSuffixedStopword(word)) && !counted) return;
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemWord(word);
    if (stemCache.size < 50_000) stemCache.set(word, stem);
  }
  if (stem) tokens.push(stem);
}
