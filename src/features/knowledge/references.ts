// The references an answer ends with: from the page's `sources:` (laws with number and date,
// standards and clauses, programme-document sections), the one to three that fit the text the
// answer shows and what it asks, so a participant can look them up; not only the page title.
import { Document } from '@langchain/core/documents';
import type { Locale } from '../../core/i18n.ts';
import { analyze, isArabicWord, isStopword, stemWord, words } from './analyze.ts';
import { declaredSources } from './declared-sources.ts';
import { cut } from './excerpt.ts';
import type { Passage, PassageMetadata } from './retriever.ts';

/** At most this many references per page, each at most this long: the answer is read on a phone. */
const perPage = 3;
export const maxReferenceLength = 170;
/**
 * A further reference picked by its words is cited only while the list stays this short: three long
 * titles of standards (a third of a phone screen) would bury the answer they support. The first is
 * always cited, and so are the sources a section's author declared (see declared-sources.ts).
 */
export const maxReferencesLength = 300;

/** Between references: Arabic punctuation in Arabic text, never a French " ; ". */
export const referenceSeparator: Record<Locale, string> = { fr: ' ; ', ar: '؛ ' };

function tokenSet(text: string): Set<string> {
  return new Set(analyze(text));
}

/**
 * A French word without its plural and feminine endings: what tells apart words the stemmer makes
 * one (« bâtir » and « bâtis » are both « bât », a building permit and a land tax).
 */
const bareFrench = (word: string) => word.replace(/(?:es|e|s|x)$/, '');

/** The bare French words of a text under each of their stems (Arabic words are not listed). */
function frenchForms(text: string): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const word of words(text)) {
    if (isArabicWord(word) || isStopword(word) || /\d/.test(word)) continue;
    const stem = stemWord(word);
    forms.set(stem, (forms.get(stem) ?? new Set()).add(bareFrench(word)));
  }
  return forms;
}

/** Does the reference say this token as the text does (the same French word, not only the same stem)? */
function sameWord(token: string, reference: Map<string, Set<string>>, text: Map<string, Set<string>>): boolean {
  const said = reference.get(token);
  const written = text.get(token);
  if (!said || !written) return true;
  return [...said].some((w) => written.has(w));
}

/**
 * The three root letters of an Arabic stem shaped as the participle or the verbal noun of a verb
 * of the second form (مفوض, تفويض: فوض; منظم, تنظيم: نظم), else undefined.
 */
function secondFormRoot(stem: string): string | undefined {
  if (/^م[\u0621-\u064A]{3}$/.test(stem)) return stem.slice(1);
  const noun = /^ت([\u0621-\u064A])([\u0621-\u064A])ي([\u0621-\u064A])$/.exec(stem);
  return noun ? `${noun[1]}${noun[2]}${noun[3]}` : undefined;
}

/** The participle and the verbal noun of one Arabic verb (« التصرف المفوض », « تفويض »). */
function sameVerb(a: string, b: string): boolean {
  const root = secondFormRoot(a);
  return root !== undefined && root === secondFormRoot(b);
}

/**
 * One word under two stems of the same root (« délégation », « déléguer »: deleg, delegu; « mesurage »,
 * « mesurer »): a French stem of five letters or more begins the other.
 */
function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && /^[a-z]+$/.test(short) && long.startsWith(short);
}

/**
 * The names a heading gives: its words in capitals past the first (« Lewin », « SERVQUAL », « PDCA »),
 * and its words in Latin letters when it is written in Arabic (« نموذج SERVQUAL »).
 */
function namesOf(heading: string): string {
  const arabic = /[\u0621-\u064A]/.test(heading);
  const all = heading.split(/[\s'’:()«»,;.!?-]+/).filter(Boolean);
  return all.filter((w, i) => (arabic ? /^[A-Za-z]/.test(w) : i > 0 && /^\p{Lu}/u.test(w))).join(' ');
}

/**
 * One Arabic stem with a letter the light stemmer leaves on either side (« لتحس » of « لتحسين »,
 * « تحس »; « خطط », « خط »).
 */
function arabicAffix(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return isArabicWord(long) && short.length >= 2 && long.length === short.length + 1 && long.includes(short);
}

/** The weight of a word (nearly) every section of a page says: the page's own subject (see sourceWeights). */
const pageWide = 0.2;

const numbersOf = (text: string): string[] => text.match(/\d+(?:[.-]\d+)+|\d{4,}/g) ?? [];

/**
 * A reference shortened to `max` characters where it is too long: cut at a sentence or word end
 * (see cut), and the parentheses and guillemets the cut leaves open closed after its « … », so the
 * rest of the line is not read inside them (« (3 أيام؛ …)؛ بلدية الكاف »).
 */
export function cutReference(source: string, max: number): string {
  if (source.length <= max) return source;
  const open: string[] = [];
  const head = cut(source, max - 2);
  for (const c of head) {
    if (c === '(' || c === '«') open.push(c);
    else if ((c === ')' || c === '»') && open.length > 0) open.pop();
  }
  const french = !/\p{Script=Arabic}/u.test(head);
  return (
    head +
    open
      .reverse()
      .map((c) => (c === '(' ? ')' : french ? '\u00a0»' : '»'))
      .join('')
  );
}

/** A section written as a made-up example: its text opens by saying so, in French or Arabic. */
export const isIllustration = (text: string): boolean => /^\s*(?:Exemple fictif|مثال افتراضي)/u.test(text);

/**
 * The page's references that fit best what the answer shows (its excerpt, else the whole section),
 * in page order: each scored by the words it shares with that text, most when the question asks
 * them too, then when the heading says them, and a number (law, clause, year) the text cites;
 * each word by how few of the page's sections say it (see sourceWeights). A word of the question
 * the text does not show says nothing of the text: it does not count, nor does a French word the
 * reference spells otherwise than the text (same stem, other word: « bâtis », « bâtir »). A word the
 * question does not ask counts as much as the reference belongs to this section rather than to
 * another one of the page (see sourceShares): the civil-status cards on marriage and death
 * certificates share « état civil » with the heading of the legalisation section, « dépôt du
 * dossier » with the permit deadlines, but are written for other sections.
 * When nothing fits, the page's first reference, the one it is written from.
 * A section whose author declared its sources (see declared-sources.ts) cites exactly those.
 */
export function pickReferences(passage: Passage, limit = perPage): string[] {
  const { sources, queryTokens, termTokens, headingPath, shown, weights, shares, sourcePositions } = passage.metadata;
  if (sources.length === 0) return [];
  if (sourcePositions) {
    // More declared than fit: those saying most words of the question (or of the terms it names).
    const asked = new Set([...queryTokens, ...(termTokens ?? [])]);
    const fit = (source: string) => [...tokenSet(source)].filter((t) => asked.has(t)).length;
    return declaredSources(sources, sourcePositions, limit, fit).map((s) => cutReference(s, maxReferenceLength));
  }
  // A made-up example (« Exemple fictif », « مثال افتراضي ») takes no fact from a reference that
  // shares its words: a Tunisian commune's charter is no French programme's. It illustrates the
  // method of the page, so it cites what the page is written from, its first reference.
  if (isIllustration(passage.pageContent)) return sources.slice(0, 1).map((s) => cutReference(s, maxReferenceLength));
  const text = shown ?? passage.pageContent;
  const question = new Set(queryTokens);
  const terms = new Set(termTokens);
  const heading = tokenSet(headingPath.slice(1).join(' '));
  const body = tokenSet(text);
  const textForms = frenchForms(`${headingPath.slice(1).join(' ')}\n${text}`);
  const said = (token: string) => weights?.[token] ?? 1;
  // What the section was chosen for: the words of the question (or of the glossary terms it names)
  // its heading says, those that tell one section from another (not « commune »). The heading may
  // say them in another form of the verb: « تفويض » for the « التصرف المفوض » a question names.
  const subject = [...heading].filter(
    (h) => [...question, ...(termTokens ?? [])].some((q) => sameRoot(q, h) || sameVerb(q, h)) && said(h) >= 1,
  );
  // The lines of the text that say words of the question (all when none does): a reference fits
  // them more than a line on something else (the civil-status line of a list of services, when
  // the question is on waste collection).
  const lines = text.split('\n').map(tokenSet);
  const askedLines = lines.filter((l) => [...l].some((t) => question.has(t)));
  const near = new Set((askedLines.length > 0 ? askedLines : lines).flatMap((l) => [...l]));
  const inHeading = (t: string) => [...heading].some((h) => sameRoot(h, t));
  const scored = sources.map((source, index) => {
    let score = 0;
    let asked = 0;
    const sourceForms = frenchForms(source);
    const belongs = shares?.[index] ?? 1;
    const tokens = [...tokenSet(source)].filter(
      (t) => (heading.has(t) || body.has(t)) && sameWord(t, sourceForms, textForms),
    );
    // A word of the question the heading does not say (the service of one line of a list) counts
    // as asked only when the reference says the section's subject too: the Kairouan street lights
    // share « éclairage public » with the question, not « déléguer » with the heading. A word every
    // section says (« réclamation » on the complaints page) is what the section is about only with
    // another word of the question, one that tells sections apart: alone, or beside another word of
    // most sections (« traitement »), it fits every reference of the page (the Senate's opinion on
    // « traitement des réclamations », written for the benchmarks of response times).
    const onSubject = subject.length === 0 || tokens.some((t) => subject.some((h) => sameRoot(h, t)));
    const askedTokens = tokens.filter((t) => [...question].some((q) => sameRoot(q, t)) && (onSubject || inHeading(t)));
    const several = askedTokens.length >= 2 && askedTokens.some((t) => said(t) >= 1);
    for (const token of tokens) {
      const isAsked = askedTokens.includes(token);
      const lift = isAsked && inHeading(token) && (several || said(token) >= pageWide);
      // A word both asked and in the heading is what the section is about, however many sections say it.
      const weight = lift ? Math.max(said(token), 1) : said(token);
      if (isAsked) {
        score += 3 * weight;
        asked++;
      } else score += (inHeading(token) ? 2 : near.has(token) ? 0.5 : 0.1) * weight * belongs;
    }
    // A number (law, clause, year) shared with the text is the reference a reader checks, unless
    // several references carry it (« 2015 » of every ISO standard of a page). So is the number of a
    // glossary term the question names in other words (« traiter les réclamations » is ISO 10002):
    // the text asked about, though the section shown does not repeat its number.
    const named = (number: string) => analyze(number).every((t) => terms.has(t) && !question.has(t));
    for (const number of numbersOf(source))
      if (text.includes(number) || named(number))
        score += 3 / sources.filter((s) => numbersOf(s).includes(number)).length;
    return { source, index, score, asked, askedTokens, tokens };
  });
  // Of references that fit as well, the one naming words of the question first.
  const ranked = [...scored].sort((a, b) => b.score - a.score || b.asked - a.asked || a.index - b.index);
  const top = ranked[0];
  const best = top?.score ?? 0;
  // Beside the best, a reference fits the page, not the section, when all it shares with the
  // question and the heading is words the best says too, said by most sections, none of them the
  // word the heading opens with (what the section is about, in French and Arabic alike: « cercles »
  // of « cercles de qualité », « حلقات » of « حلقات الجودة »): Juran's Pareto principle shares
  // only « الجودة » with the quality circles Ishikawa names (« حلقات الجودة »); ISO 19011 keeps
  // « audit » of « L'audit interne ». Only when the best says that opening word; never the page's
  // first reference (see below) nor one carrying a number the text cites.
  const opening = [...heading][0];
  const echoes = (s: (typeof scored)[number]) =>
    top !== undefined &&
    s !== top &&
    s.index > 0 &&
    !numbersOf(s.source).some((n) => text.includes(n)) &&
    opening !== undefined &&
    top.askedTokens.includes(opening) &&
    s.tokens.some((t) => question.has(t) || inHeading(t)) &&
    s.tokens
      .filter((t) => question.has(t) || inHeading(t))
      .every((t) => top.askedTokens.includes(t) && said(t) < 1 && t !== opening);
  const strong = ranked.filter((s) => s.score >= 2 && s.score >= best / 2 && !echoes(s));
  // Nothing fits well: the one that fits best if it shares a word that says something, else the
  // page's first reference, the one it is written from (the programme document).
  const fallback = (ranked[0]?.score ?? 0) >= 0.7 ? ranked.slice(0, 1) : scored.slice(0, 1);
  let chosen = (strong.length > 0 ? strong : fallback).slice(0, limit);
  // None of them says what tells the section apart (the subject the question asks, a word of the
  // heading few sections say, a number of the text): a foreign comparison of the method, a clause
  // sharing a word of every section. The page's first reference, the one it is written from, comes
  // beside them when it names what the page is about (a word of its title): not the civil-status law
  // that opens the list of services, for the roads.
  const title = tokenSet(headingPath[0] ?? '');
  const aboutPage = (s: (typeof scored)[number]) =>
    [...tokenSet(s.source)].some((t) => [...title].some((h) => sameRoot(h, t) || arabicAffix(h, t)));
  // A name the heading gives (« Le modèle de Lewin », « SERVQUAL ») is said by the reference written
  // on it: that one tells the section apart however many sections name it.
  const first = scored[0];
  const names = new Set(analyze(namesOf(headingPath.slice(1).join(' '))));
  const telling = (s: (typeof scored)[number]) =>
    s.tokens.some(
      (t) => subject.some((h) => sameRoot(h, t) || sameVerb(h, t)) || (inHeading(t) && (said(t) >= 1 || names.has(t))),
    ) || numbersOf(s.source).some((n) => text.includes(n));
  const beside = first && subject.length > 0 && chosen.length < limit && !chosen.includes(first);
  if (first && beside && aboutPage(first) && !chosen.some(telling)) chosen = [first, ...chosen];
  chosen.sort((a, b) => a.index - b.index);
  return chosen.map((s) => cutReference(s.source, maxReferenceLength));
}

/** The passages of one page as one: what an answer shows of each (with the heading of the second). */
function samePage(passages: Passage[]): Passage {
  const [first, ...rest] = passages as [Passage, ...Passage[]];
  if (rest.length === 0) return first;
  const parts = passages.map((p, i) =>
    [i > 0 ? p.metadata.headingPath.slice(1).join(' ') : '', p.metadata.shown ?? p.pageContent]
      .filter(Boolean)
      .join('\n'),
  );
  // The references belong to the sections shown together as much as to the one they belong to most.
  const shares = first.metadata.shares?.map((_, i) => Math.max(...passages.map((p) => p.metadata.shares?.[i] ?? 1)));
  // The answering section's declared sources, with those the others shown with it declare.
  const sourcePositions = first.metadata.sourcePositions && passages.flatMap((p) => p.metadata.sourcePositions ?? []);
  return new Document<PassageMetadata>({
    pageContent: first.pageContent,
    metadata: { ...first.metadata, shares, sourcePositions, shown: parts.join('\n') },
    id: first.id,
  });
}

/**
 * One line of references for the pages of these passages (one group per page, for what is shown
 * of its passages together). With labels (an LLM answer's citation numbers), each group starts with its number and
 * page title, since such an answer shows no heading.
 */
export function referenceList(passages: Passage[], locale: Locale, labels?: Map<string, string>): string {
  const seen = new Set<string>();
  const groups: string[] = [];
  const pages = new Set(passages.map((p) => p.metadata.pageId)).size;
  for (const p of passages) {
    if (seen.has(p.metadata.pageId)) continue;
    seen.add(p.metadata.pageId);
    const refs = pickReferences(
      samePage(passages.filter((q) => q.metadata.pageId === p.metadata.pageId)),
      pages > 1 ? 2 : perPage,
    );
    const label = labels?.get(p.metadata.pageId);
    const listed = groups.join(referenceSeparator[locale]).length;
    const declared = passages.some((q) => q.metadata.pageId === p.metadata.pageId && q.metadata.sourcePositions);
    const kept = refs.filter((_, i) => {
      if (declared) return true;
      const upTo = refs.slice(0, i + 1).join(referenceSeparator[locale]).length;
      return (i === 0 && groups.length === 0) || listed + upTo <= maxReferencesLength;
    });
    const text = (kept.length > 0 ? kept : [p.metadata.title]).join(referenceSeparator[locale]);
    groups.push(label ? `${label} ${p.metadata.shortTitle ?? p.metadata.title} — ${text}` : text);
  }
  return groups.join(referenceSeparator[locale]);
}

/** When the facts of these pages were checked (the oldest date when several pages have one). */
export function checkedDate(passages: Passage[]): string | undefined {
  return passages
    .map((p) => p.metadata.checked)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(0);
}
