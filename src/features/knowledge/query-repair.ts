// Reads a question the way the base writes: Arabic verbs and glued prepositions, French verb
// forms and typos, Tunisian typed in Latin letters (arabizi) read as Arabic words.
import { analyze, isArabicWord, isTunisianLatinMarker, words } from './analyze.ts';
import { verbalNounCandidates } from './arabic-verbs.ts';
import { arabicReading, arabicVerbReading, arabicVocabulary, type ArabicVocabulary } from './arabizi-arabic.ts';
import { fromArabizi, hasArabiziDigit } from './arabizi.ts';
import { infinitiveCandidates, tunisianVerbCandidates } from './french-verbs.ts';
import type { Glossary } from './glossary.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { correctTypo } from './typos.ts';

/** A single-letter proclitic the light stemmer keeps: "لتحسين" is ل + تحسين, "بجودة" ب + جودة. */
const proclitic = /^[بلكف]/;

/**
 * The question with Arabic words read the way the base knows them: the verbal noun of a verb
 * (نغلق → غلق, نقارن → مقارنة), the article a preposition hid (للزمات = ل + اللزمات), a preposition
 * glued to a word (لتحسين = ل + تحسين). A reading replaces the typed word only when the base knows
 * it far better than the word as typed (a stem the base barely has is a stemming accident).
 */
export function repairArabic(kb: KnowledgeBase, question: string): string {
  const df = (text: string) => Math.max(0, ...analyze(text).map((t) => kb.index.docFrequency(t)));
  return question.replace(/[\u0600-\u06FF]+/g, (typed) => {
    const word = words(typed)[0] ?? typed;
    const token = analyze(word)[0];
    if (!token) return typed;
    const known = kb.index.docFrequency(token);
    const better = (reading: string) => {
      const n = df(reading);
      return known === 0 ? n > 0 : n >= 5 && n >= known * 4;
    };
    // "لل" is ل + ال before any word, including one that starts with ل: both readings are tried.
    const article = word.startsWith('لل') ? `ال${word.slice(1)}` : undefined;
    if (article && better(article)) return article;
    if (proclitic.test(word) && word.length >= 5 && better(word.slice(1))) return word.slice(1);
    if (known >= 5) return typed;
    // A verb may carry the conjunction: "وننشرها" is و + ننشرها.
    const verb = word.startsWith('و') && word.length >= 5 ? word.slice(1) : word;
    // Of the readings the base knows, the one it uses most: نبني is بناء (building) before تبني (adopting).
    const readings = [...verbalNounCandidates(verb), ...verbalNounCandidates(word)].filter(better);
    return readings.reduce<string | undefined>((best, r) => (best && df(best) >= df(r) ? best : r), undefined) ?? typed;
  });
}

/**
 * A French verb Tunisian conjugates ("nsuivi", "nmesuriw"), read as a French form the base knows:
 * one its pages write (« suivre », not « suiver » that stems the same as « suivi »), else one
 * whose stem they have.
 */
function tunisianVerbReading(kb: KnowledgeBase, word: string): string | undefined {
  const candidates = tunisianVerbCandidates(word);
  if (candidates.length === 0) return undefined;
  const written = kb.frenchWords();
  return (
    candidates.find((c) => written.has(c)) ??
    candidates.find((c) => analyze(c).some((t) => kb.index.docFrequency(t) > 0))
  );
}

/**
 * French verbs the base does not know as typed, read as a form it knows ("résistent" → résister,
 * the Tunisian "nsuivi" → suivi); else a long word one typo away from a glossary word ("reclamtions").
 */
export function repairFrench(kb: KnowledgeBase, question: string): string {
  const known = (text: string) => analyze(text).some((t) => kb.index.docFrequency(t) > 0);
  return question.replace(/\p{L}{5,}/gu, (typed) => {
    const word = words(typed)[0] ?? typed;
    if (isArabicWord(word) || analyze(word).length === 0 || known(word)) return typed;
    const tunisian = tunisianVerbReading(kb, word);
    if (tunisian) return tunisian;
    if (word.length < 6) return typed;
    return infinitiveCandidates(word).find(known) ?? correctTypo(kb.glossary, word) ?? typed;
  });
}

/** The Arabic pages' words, built again when the pages change (the page set is then a new object). */
const vocabularies = new WeakMap<ReadonlySet<string>, ArabicVocabulary>();

function vocabularyOf(kb: KnowledgeBase): ArabicVocabulary {
  const key = kb.index.pageIds();
  let vocabulary = vocabularies.get(key);
  if (!vocabulary) {
    vocabulary = arabicVocabulary(
      kb
        .chunks()
        .filter((c) => c.language === 'ar')
        .flatMap((c) => [c.title, c.headingPath.at(-1) ?? '', c.text]),
    );
    vocabularies.set(key, vocabulary);
  }
  return vocabulary;
}

const latinWords = new WeakMap<Glossary, Set<string>>();

/** Words of the glossary's Latin spellings ("katib 3am"): the glossary reads them as its terms. */
function latinWordsOf(glossary: Glossary): Set<string> {
  let found = latinWords.get(glossary);
  if (!found) {
    found = new Set(glossary.terms.flatMap((t) => t.latin.flatMap(words)));
    latinWords.set(glossary, found);
  }
  return found;
}

/** Words only Tunisian typed in Latin letters uses ("chkoun", "9adech", "mta3"), none of them French. */
function looksTunisianLatin(question: string): boolean {
  return words(question).some((w) => hasArabiziDigit(w) || isTunisianLatinMarker(w));
}

/**
 * A question in Tunisian typed in Latin letters, its words unknown to the base and to the lexicon
 * read as the Arabic words of the pages they spell ("rokhsat el bina" → رخصة البناء). A word the
 * base knows as typed (a French word) is left as it is.
 */
export function repairArabizi(kb: KnowledgeBase, question: string): string {
  if (/[\u0600-\u06FF]/.test(question) || !looksTunisianLatin(question)) return question;
  const glossaryLatin = latinWordsOf(kb.glossary);
  const vocabulary = vocabularyOf(kb);
  // Words and what separates them, alternately: "rokhsat", " ", "el", " ", "bina", "?".
  const parts = question.split(/([^\p{L}\p{N}]+)/u);
  const readable = (i: number) => {
    const word = words(parts[i] ?? '')[0] ?? '';
    if (word.length < 3 || fromArabizi(word) !== undefined || glossaryLatin.has(word)) return undefined;
    // A French verb in Tunisian ("nmesuri") is left to repairFrench, which reads it as French.
    if (tunisianVerbReading(kb, word)) return undefined;
    const tokens = analyze(word);
    return tokens.length === 0 || tokens.some((t) => kb.index.docFrequency(t) > 0) ? undefined : word;
  };
  const long = parts.map((_, i) => {
    const word = i % 2 === 0 ? readable(i) : undefined;
    // A verb ("nrattbou", we arrange) is read as the verbal noun the pages use (ترتيب).
    return word && (arabicVerbReading(vocabulary, word, verbalNounCandidates) ?? arabicReading(vocabulary, word, 3));
  });
  /** The next word either side, past a typed article ("rokhsat el bina"). */
  const neighbour = (i: number, step: number) => {
    const j = i + 2 * step;
    return /^(el|al|il|l)$/i.test(parts[j] ?? '') ? j + 2 * step : j;
  };
  const read = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    if (long[i]) return long[i];
    // A word of two consonants ("bina", "kyes") spells too many words to be read alone: it is
    // read only beside a longer word read as Arabic, the two most often one name (رخصة البناء).
    const word = readable(i);
    if (!word || !(long[neighbour(i, -1)] || long[neighbour(i, 1)])) return part;
    return arabicReading(vocabulary, word) ?? part;
  });
  // The article typed apart ("el bina") joins the Arabic word, as two-word names need (الحالة المدنية).
  return read.join('').replace(/(^|[^\p{L}])(?:el|al|il|l)[\s'-]+(?=[\u0600-\u06FF])/giu, '$1ال');
}
