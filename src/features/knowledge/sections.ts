// Which section of a ranked page answers: its words (BM25 of the chunk, in either language), its
// heading (a heading naming the question's topic says more than a body mentioning it) and what
// it offers against what the question asks (steps, types, a comparison, a law, figures...).
import { analyze, isArabicWord, normalizeText } from './analyze.ts';
import { borrowedWords } from './borrowed-words.ts';
import { tokensOfHeading, tokensOfItems } from './heading-tokens.ts';
import type { Chunk, Page } from './ingest.ts';
import type { Intent } from './intent.ts';
import { isRecap, isWorkedExample, permissionHeading, sectionIntents } from './section-intents.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { PageHit } from './ranker.ts';

/** Weights of the section signals; tuned on bench/retrieval-questions.yaml (never on the held-out set). */
export const sectionWeights = {
  /** BM25 of the section's chunk, relative to the page's best chunk. */
  words: 0.8,
  heading: 1.4,
  /** The opening text's "heading" is the page title, which every section shares: it counts less. */
  titleAsHeading: 0.5,
  /** A question word that is also in the page title names the page more than the section. */
  titleWord: 0.2,
  intent: 0.8,
  /** Weight of the question's second and later intents. */
  laterIntent: 0.5,
  /** A question that asks for nothing in particular ("la charte des services") reads as "what is". */
  implicitDefinition: 0.5,
  /** A definition question also reads well as the list of a term's parts (its steps or types). */
  definitionByParts: 0.4,
  /** A "how" question reads well as a list of steps. */
  howBySteps: 1,
  /** The page's closing summary is shown only when nothing else fits. */
  recap: 0.5,
  /** So is an example, unless the question asks for one. */
  example: 0.3,
  /**
   * When the question has words that say what it asks ("délai", "légal", "الأجل"): share of its
   * other words (its subject: "naissance", "الولادة") the section holds, against the page's best.
   */
  subject: 0.3,
  /** A heading word that says what is asked, not what about, names the section's topic this much. */
  askingWord: 0.5,
  /** A section that says why ("Pourquoi documenter") does not answer "how", nor "which steps". */
  whyForHow: 0.3,
  /**
   * Share of its intent bonus a section keeps for a "how" question when another section's heading
   * names the question's own subject and its heading does not (see rankSections).
   */
  otherTopic: 0.3,
  /** A section on how to measure something does not answer how to improve or reduce it. */
  measureForRemedy: 0.3,
  /** Nor how to do it (« comment organiser l'accueil au guichet »), unless the question asks to measure. */
  measureForHow: 0.3,
  /**
   * A section set abroad (« Un exemple venu de France ») ranks this much below one set in Tunisia
   * of the same page (« Exemple dans une commune tunisienne »): a secretary general asks about
   * Tunisian practice first, unless the question names what only the foreign one says.
   */
  foreign: 0.15,
  /** A second section is shown when it scores this share of the first and completes it. */
  complement: 0.6,
  /** Share of the question's weight in the page title from which it asks about the whole page. */
  wholePage: 0.7,
};

export interface SectionChoice {
  /** Position of the section in its page (pages are parallel: the same in French and Arabic). */
  position: number;
  score: number;
  /** What the section offers, with how surely (see sectionIntents). */
  intents: Map<Intent, number>;
  /** Its heading has a word of the question that is not in the page title. */
  namesTopic: boolean;
}

export interface SectionQuery {
  /** Analysed tokens of the question and of its glossary expansion, with their IDF weight. */
  weights: Map<string, number>;
  intents: Intent[];
  /** What a yes-or-no question asks permission for (see permissionAction). */
  action: string[];
  /** Tokens that say what is asked rather than what about (see askingTokens). */
  asking: Set<string>;
  /**
   * The glossary terms the question names (not by a hint): the question's tokens each accounts for,
   * its own tokens in both languages and the pages it points to.
   */
  terms: Array<{ tokens: string[]; expansion: string[]; pages: string[] }>;
  /** The question asks how to measure or count (see asksToMeasure). */
  measuring?: boolean;
  /** The things a « difference between X and Y » question compares (see comparedSides). */
  compared?: string[][];
  /** The question is nothing but glossary terms (« SERVQUAL »): asked bare, it reads as « what is ». */
  bareTerms?: boolean;
}

/** Token weights of a query: IDF in the whole base, so a rare word in a heading counts more. */
export function sectionQuery(
  kb: KnowledgeBase,
  tokens: string[],
  intents: Intent[],
  action: string[] = [],
  asking: Set<string> = new Set(),
  terms: SectionQuery['terms'] = [],
  compared: string[][] = [],
): SectionQuery {
  const n = Math.max(1, kb.index.size());
  const weights = new Map<string, number>();
  // A word the base never uses tells no section from another: it would only dilute the others.
  for (const t of tokens) {
    const df = kb.index.docFrequency(t);
    if (df > 0) weights.set(t, Math.log(1 + n / (df + 0.5)));
  }
  return { weights, intents, action, asking, terms, compared };
}

const titleTokens = new WeakMap<Page, string[]>();

const offered = new WeakMap<Chunk, { headings: string; intents: Map<Intent, number> }>();

/**
 * What a section offers (see sectionIntents), read once per chunk and headings (both languages'):
 * it does not depend on the question.
 */
function offeredBy(chunks: Chunk[], headings: string[], position: number): Map<Intent, number> {
  const first = chunks[0];
  if (!first) return sectionIntents(headings, '', position);
  const key = headings.join('\n');
  const known = offered.get(first);
  if (known?.headings === key) return known.intents;
  const intents = sectionIntents(headings, first.text, position);
  offered.set(first, { headings: key, intents });
  return intents;
}

const negations = new WeakMap<Chunk, { headings: string; tokens: string[] }>();

/** What a heading says something is not: the words after its negation ("non certifiable" → certifi). */
function negatedBy(chunks: Chunk[], headings: string[]): string[] {
  const first = chunks[0];
  const key = headings.join('\n');
  const known = first ? negations.get(first) : undefined;
  if (known?.headings === key) return known.tokens;
  const negated =
    /(?:^|[^\p{L}])(?:n.?est pas|ne sont pas|ne pas|non|ليس|ليست|غير)\s+([\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)?)/gu;
  const tokens = headings.flatMap((h) => [...normalizeText(h).matchAll(negated)].flatMap((m) => analyze(m[1] ?? '')));
  if (first) negations.set(first, { headings: key, tokens });
  return tokens;
}

/** A question word and a negated word of a heading are one word in two forms (certifi, certificat; شهاد, اشهاد). */
const sameWord = (a: string, b: string) =>
  Math.min(a.length, b.length) >= (isArabicWord(a) ? 3 : 5) && (a.includes(b) || b.includes(a));

/** Sections that also answer an intent, with how well: "how" is answered by steps, a definition by parts. */
function alsoAnswers(intent: Intent): Array<[Intent, number]> {
  switch (intent) {
    case 'how':
      return [
        ['steps', sectionWeights.howBySteps],
        ['types', 0.3],
      ];
    case 'definition':
      return [
        ['steps', sectionWeights.definitionByParts],
        ['types', sectionWeights.definitionByParts],
        ['purpose', 0.5],
      ];
    // "Which one should we choose?" is also answered by the pros and cons, or what tells them apart.
    case 'choice':
      return [
        ['proscons', 0.7],
        ['comparison', 0.7],
      ];
    // "Que faire ?" is answered by what to do, less surely than by what reduces the problem.
    case 'remedy':
      return [['how', 1]];
    // "How many criteria?" is answered by the section that lists them ("Les 9 critères").
    case 'figures':
      return [['types', 0.5]];
    // A schedule is often the steps.
    case 'when':
      return [['steps', 0.5]];
    // What tells two things apart and what each is worth answer each other, less well.
    case 'comparison':
      return [['proscons', 0.5]];
    case 'proscons':
      return [['comparison', 0.5]];
    // "What is it for?" is also answered by what it is.
    case 'purpose':
      return [['definition', 0.5]];
    default:
      return [];
  }
}

/** Tokens of a page's title: they name the page, so every section shares them. */
function tokensOfTitle(page: Page): string[] {
  let tokens = titleTokens.get(page);
  if (!tokens) {
    tokens = analyze(page.title);
    titleTokens.set(page, tokens);
  }
  return tokens;
}

function intentBonus(offered: Map<Intent, number>, intents: Intent[]): number {
  let bonus = 0;
  const asked: Intent[] = intents.length > 0 ? intents : ['definition'];
  asked.forEach((intent, i) => {
    const weight = intents.length === 0 ? sectionWeights.implicitDefinition : i === 0 ? 1 : sectionWeights.laterIntent;
    for (const [kind, share] of [[intent, 1] as [Intent, number], ...alsoAnswers(intent)])
      bonus = Math.max(bonus, weight * share * (offered.get(kind) ?? 0));
  });
  return bonus;
}

const asksHowNotWhy = (asked: Intent[]) =>
  (asked[0] === 'how' || asked[0] === 'steps') && !asked.includes('purpose') && !asked.includes('definition');

/** A heading that says how to measure ("Mesurer le temps d'attente", "قيس مدة الانتظار"). */
const measures = (heading: string) => /^(mesurer|calculer|قيس|احتساب|حساب)($|[^\p{L}])/u.test(normalizeText(heading));

/** A heading that places its section abroad (« venu de France », « du droit français », « مثال من فرنسا »). */
const foreignHeading = (heading: string) =>
  /(^|[^\p{L}])(france|francais|francaise|francaises|etranger|etrangere|etrangers|فرنسا|فرنسي|فرنسيه|فرنسيان|اجنبي|اجنبيه)($|[^\p{L}])/u.test(
    normalizeText(heading),
  );

/** A heading that places its section in Tunisia (« Exemple dans une commune tunisienne », « في تونس »). */
const tunisianHeading = (heading: string) =>
  !foreignHeading(heading) && /(^|[^\p{L}])(tunisi|تونس)/u.test(normalizeText(heading));

/** Sections of a ranked page, best first, scored for the question. */
export function rankSections(kb: KnowledgeBase, hit: PageHit, query: SectionQuery): SectionChoice[] {
  const versions = (['fr', 'ar'] as const).map((l) => kb.page(hit.pageId, l)).filter((p) => p !== undefined);
  const bm25 = new Map<number, number>();
  for (const h of hit.chunks) bm25.set(h.chunk.position, Math.max(bm25.get(h.chunk.position) ?? 0, h.score));
  const top = Math.max(0, ...bm25.values()) || 1;
  // A heading is read for what sets its section apart: the words of the page's title count less.
  const titled = new Set(versions.flatMap(tokensOfTitle));
  const weights = [...query.weights].map(([t, w]) => [t, titled.has(t) ? w * sectionWeights.titleWord : w] as const);
  const total = [...query.weights.values()].reduce((sum, w) => sum + w, 0) || 1;
  // Words that say what is asked ("délai légal", "الأجل القانوني") are shared by many sections, and
  // the intents weigh them already: the subject of the question ("naissance", "الولادة") says which
  // section answers. A word of the page title names the page's own subject ("الكلفة" of the page on cost).
  const asking = (t: string) => query.asking.has(t) && !titled.has(t);
  const subject = weights.filter(([t]) => !titled.has(t) && !query.asking.has(t));
  const asks = weights.some(([t]) => asking(t));
  const positions = Math.max(0, ...versions.map((p) => p.chunks.length));
  // The subject's weight each section holds, in its heading or text, in either language.
  const held = Array.from({ length: positions }, (_, position) => {
    const chunks = versions.map((p) => p.chunks[position]).filter((c) => c !== undefined);
    return subject.reduce((sum, [t, w]) => sum + (chunks.some((c) => kb.index.chunkHasToken(c.id, t)) ? w : 0), 0);
  });
  const mostHeld = Math.max(0, ...held) || 1;
  // A question made of the page title's words asks about the whole page: asked for a list ("the
  // basic quality tools"), it is answered by the opening text, which introduces them all.
  const inTitle = [...query.weights].reduce((sum, [t, w]) => sum + (titled.has(t) ? w : 0), 0);
  const wholePage = inTitle >= total * sectionWeights.wholePage;
  // "Comment organiser la revue mensuelle du tableau de bord ?" asks how to run the review, not how
  // to build the page's subject: when the question names both the page's subject (a term whose words
  // are in the page title) and another term the glossary points to this page for ("revue
  // mensuelle"), and a section's heading names the latter ("Les réunions de revue"), the steps or
  // methods of sections whose heading does not are another thing's.
  const pointing = query.terms.filter((m) => m.pages.includes(hit.pageId));
  const inTitleTerm = (m: SectionQuery['terms'][number]) => m.expansion.some((t) => titled.has(t));
  const own = new Set(
    pointing.some(inTitleTerm)
      ? pointing.filter((m) => !inTitleTerm(m)).flatMap((m) => m.tokens.filter((t) => !query.asking.has(t)))
      : [],
  );
  const subjectHeaded = Array.from(
    { length: positions },
    (_, position) =>
      position > 0 &&
      versions.some((p) => {
        const chunk = p.chunks[position];
        return chunk !== undefined && [...own].some((t) => tokensOfHeading(chunk).has(t));
      }),
  );
  const otherTopic = query.intents[0] === 'how' && subjectHeaded.some(Boolean);
  // The sections set in Tunisia, and the words of their headings: a foreign section comes after
  // them unless the question names a word of its own heading they do not say (« Marianne »).
  const headingsAt = (position: number) =>
    (position > 0 ? versions.map((p) => p.chunks[position]) : []).filter((c) => c !== undefined);
  const tunisian = Array.from({ length: positions }, (_, position) =>
    headingsAt(position).some((c) => tunisianHeading(c.headingPath.at(-1) ?? '')),
  );
  const tunisianWords = new Set(
    tunisian.flatMap((isTunisian, position) =>
      isTunisian ? headingsAt(position).flatMap((c) => [...tokensOfHeading(c)]) : [],
    ),
  );
  // « What is X? », asked in so many words, of a glossary term the page title does not name
  // (SERVQUAL on the page on service quality) is answered where the page brings it in: the first
  // section whose heading names it (« Les cinq dimensions SERVQUAL », before « Les écarts du modèle
  // SERVQUAL »), as the opening text answers it for the page's own subject (« دورة PDCA » on the
  // PDCA page).
  // A term typed bare, nothing asked around it (« SERVQUAL »), asks what it is too, where a heading
  // names all its words (« المساحات الخضراء لكل ساكن » asks for the section so named, not the first
  // on green spaces).
  const bare = query.bareTerms === true && query.intents.length === 0;
  const definitionAsked = query.intents[0] === 'definition' || bare;
  const termTokens = new Set(pointing.filter((m) => m.tokens.every((t) => !titled.has(t))).flatMap((m) => m.tokens));
  const [term] = subject.filter(([t]) => termTokens.has(t)).sort((a, b) => b[1] - a[1])[0] ?? [];
  const introduces = (c: Chunk) =>
    bare ? [...termTokens].every((t) => tokensOfHeading(c).has(t)) : term !== undefined && tokensOfHeading(c).has(term);
  const introducing =
    definitionAsked && term !== undefined
      ? Array.from({ length: positions }, (_, position) => position).find((position) =>
          headingsAt(position).some(introduces),
        )
      : undefined;
  const sides = query.compared ?? [];
  const compares = query.intents.includes('comparison') && sides.length >= 2;
  const choices: SectionChoice[] = [];
  for (let position = 0; position < positions; position++) {
    const chunks = versions.map((p) => p.chunks[position]).filter((c) => c !== undefined);
    // A heading's word that belongs to another term (« La fiche action ») does not name the question's
    // (« plan d'action »): the method for the plan is not the sheet of one of its actions.
    const named = new Set(
      chunks.flatMap((c) => {
        const borrowed = position > 0 ? borrowedWords(kb, c, query.terms) : new Set<string>();
        return [...tokensOfHeading(c)].filter((t) => !borrowed.has(t));
      }),
    );
    const headings = chunks.map((c) => (position === 0 ? '' : (c.headingPath.at(-1) ?? '')));
    // "Can we delegate X?" is settled by the section that says what may be delegated, more surely
    // than by the one on X: a heading saying what may be done, naming the action asked about in
    // any of its forms (déléguer, déléguée); the items it rules on name X as its heading would.
    const permits = headings.some((h) => permissionHeading.test(normalizeText(h)));
    const settles = permits && query.action.some((t) => [...named].some((n) => sameWord(n, t)));
    if (settles) for (const t of chunks.flatMap((c) => [...tokensOfItems(c)])) named.add(t);
    // « Différence entre X et Y » is answered by a section that names both, in its heading or the
    // lead-ins of its list (an overview of the management modes, « **Régie directe** : … »,
    // « **Concession** : … »), more than by one on X alone or on what X is compared with. The
    // opening text's heading is the page title, which names what every section is about.
    const items = chunks.flatMap((c) => [...tokensOfItems(c)]);
    const says = (t: string) => (position > 0 && named.has(t)) || items.includes(t);
    const both = compares && sides.every((side) => side.some(says));
    if (both) for (const t of items) named.add(t);
    let covered = 0;
    let namesTopic = false;
    for (const [token, weight] of weights) {
      if (!named.has(token)) continue;
      covered += asking(token) ? weight * sectionWeights.askingWord : weight;
      namesTopic ||= !titled.has(token);
    }
    const headingWeight = position === 0 ? sectionWeights.titleAsHeading : sectionWeights.heading;
    const intents = new Map(offeredBy(chunks, headings, position));
    if (position === 0 && wholePage) intents.set('types', 1);
    // A heading's negation settles a yes-or-no question only about what it negates: "une norme non
    // certifiable" answers "can it be certified", "les terrains non bâtis" answers no "can we".
    if (intents.get('verify') === 1) {
      const negated = negatedBy(chunks, headings);
      if (!negated.some((n) => [...query.weights.keys()].some((t) => sameWord(n, t)))) intents.delete('verify');
    }
    if (settles) intents.set('verify', 1);
    if (both) intents.set('comparison', 1);
    if (position === introducing) intents.set('definition', 1);
    // How to measure a thing is not how to do it: such a section keeps little of its "how" bonus.
    const measuresOnly = query.intents[0] === 'how' && !query.measuring && headings.some(measures);
    const elsewhere = (otherTopic && !subjectHeaded[position]) || measuresOnly ? sectionWeights.otherTopic : 1;
    const abroad =
      tunisian.some(Boolean) &&
      headings.some(foreignHeading) &&
      ![...named].some((t) => query.weights.has(t) && !tunisianWords.has(t) && !titled.has(t));
    const score =
      (asks ? (sectionWeights.subject * (held[position] ?? 0)) / mostHeld : 0) +
      (sectionWeights.words * (bm25.get(position) ?? 0)) / top +
      (headingWeight * covered) / total +
      sectionWeights.intent * elsewhere * intentBonus(intents, query.intents) -
      (isRecap(headings) ? sectionWeights.recap : 0) -
      (abroad ? sectionWeights.foreign : 0) -
      (isWorkedExample(headings) && !query.intents.includes('example') ? sectionWeights.example : 0) -
      (intents.get('purpose') === 1 && asksHowNotWhy(query.intents) ? sectionWeights.whyForHow : 0) -
      (query.intents[0] === 'remedy' && headings.some(measures) ? sectionWeights.measureForRemedy : 0) -
      (measuresOnly ? sectionWeights.measureForHow : 0);
    choices.push({ position, score, intents, namesTopic });
  }
  return choices.sort((a, b) => b.score - a.score);
}

/**
 * The sections to show: the best one, and when the question asks for steps or types, the next
 * section of the page if it completes the first (nearly as relevant, and naming the question's
 * topic or offering steps or types too in its heading): "the steps" of a survey, then its sample.
 */
export function answerSections(ranked: SectionChoice[], intents: Intent[]): SectionChoice[] {
  const [best, ...rest] = ranked;
  if (!best) return [];
  if (!intents.some((i) => i === 'steps' || i === 'types')) return [best];
  const next = rest.find((s) => s.position === best.position + 1);
  const completes =
    next !== undefined &&
    next.score >= best.score * sectionWeights.complement &&
    (next.namesTopic || next.intents.get('steps') === 1 || next.intents.get('types') === 1);
  return completes ? [best, next] : [best];
}
