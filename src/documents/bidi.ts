/**
 * Splitting mixed French/Arabic text into runs of one direction, so that each renderer can mark the runs
 * its own way (Unicode isolates on a canvas, run properties and marks in Word). Without it, a number such
 * as "72 / 100" inside Arabic text is shown as "100 / 72" by the Unicode bidi algorithm.
 */
import type { Locale } from '../core/i18n.ts';

/** A piece of text written in one direction. */
export interface DirectionalRun {
  text: string;
  rtl: boolean;
  /**
   * The first (`opens`) and last (`closes`) run of an answer in the other language that has words of
   * the document's language inside it, or its own closing punctuation: an Arabic answer in French
   * text (« نظام GED »), embedded right to left, or a French answer in Arabic text (« Logiciel
   * مضمون installé. »), embedded left to right; its words of either language are drawn inside it,
   * not between its pieces, and its full stop at its own end.
   */
  opens?: boolean;
  closes?: boolean;
}

/**
 * Left-to-right inside Arabic: Latin words and Western digits with the spaces and signs between them,
 * and brackets that open and close inside the run ("Nettoyage (marché central)").
 */
const LTR_RUN =
  /[\p{Script=Latin}0-9](?:(?:[\p{Script=Latin}0-9\s.,:;/%+\-–—'’&°#]|\([^()\p{Script=Arabic}]*\))*(?:[\p{Script=Latin}0-9%°]|\([^()\p{Script=Arabic}]*\)))?/gu;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** The arrow an Arabic template puts between two values (start ← target): they keep its right-to-left order. */
const RTL_ARROW = '←';
/**
 * Right-to-left inside French: Arabic words (and Arabic-Indic digits) with the spaces between them, and
 * the full stop, question or exclamation mark that ends an Arabic sentence (« … يوم الاثنين. »): left
 * outside, LibreOffice drew it at the run's right end, before the sentence's first word.
 */
const RTL_RUN =
  /\p{Script=Arabic}(?:[\p{Script=Arabic}\s\u200c\u200d]*\p{Script=Arabic})?(?:[.!?\u061f\u2026]+(?=\s|$))?/gu;
/** Direction marks, embeddings and isolates already in the text (Fluent wraps its placeables in isolates). */
const DIRECTION_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const LRM = '\u200e';
export const RLM = '\u200f';
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

export function isRtl(locale: Locale): boolean {
  return locale === 'ar';
}

/** Text without direction controls: each renderer adds its own. */
export function stripDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

/**
 * Cuts text into runs of the locale's direction and runs of the other one (Latin and numbers in Arabic,
 * Arabic in French). Neutral characters between two runs belong to the surrounding (locale's) direction;
 * in Arabic, a text with Latin letters and no Arabic one is a single left-to-right run.
 */
export function directionalRuns(text: string, locale: Locale): DirectionalRun[] {
  const clean = stripDirectionControls(text);
  const rtl = isRtl(locale);
  // A text written in French (a team's typed answer, a name) is read whole from left to right in an
  // Arabic document, its brackets, arrows and full stop with it: cut at them, its pieces would be
  // laid out right to left ("Disponibilité du parc (%)" shown as ") (%) Disponibilité du parc").
  if (rtl && LATIN_LETTER.test(clean) && !ARABIC_LETTER.test(clean) && !clean.includes(RTL_ARROW))
    return [{ text: clean, rtl: false }];
  const runs: DirectionalRun[] = [];
  let at = 0;
  for (const quote of clean.matchAll(QUOTATION)) {
    if (!foreignQuotation(quote[0], rtl)) continue;
    cutRuns(clean.slice(at, quote.index), rtl, runs);
    runs.push({ text: quote[0], rtl: !rtl });
    at = quote.index + quote[0].length;
  }
  cutRuns(clean.slice(at), rtl, runs);
  return runs;
}

/** Guillemets and what they quote. */
const QUOTATION = /«[^«»]*»/gu;
/** Arabic letters and signs (the Arabic comma of « «2، 4، 8» » keeps that list right to left). */
const ARABIC_SIGN = /\p{Script_Extensions=Arabic}/u;

/**
 * A quotation written wholly in the other direction (« «Effective CAF User» » or « «50 %» » in Arabic,
 * « «بلدية» » in French): laid out as one run with its guillemets, which look the same either way (both
 * point outwards). Cut at them, LibreOffice may end a line between « and the quoted words, whatever
 * no-break space or joiner lies between, as it does wherever the direction changes.
 */
function foreignQuotation(quote: string, rtl: boolean): boolean {
  return rtl
    ? /[\p{Script=Latin}0-9]/u.test(quote) && !ARABIC_SIGN.test(quote)
    : ARABIC_LETTER.test(quote) && !/[\p{Script=Latin}0-9]/u.test(quote);
}

/**
 * Inside Arabic text, LibreOffice may end a line where a number starts, whatever joiner lies there, unless
 * a full no-break space comes right before it in the same run (seen in probe documents). So a number bound
 * to the Arabic word before it (« الفصل 68 », bind.ts) or to an opening guillemet (« « 30 يوما » ») stays
 * in that run, and a guillemet's narrow no-break space before it becomes a full one (after the narrow one,
 * LibreOffice still ended lines). A plain number keeps its order there (digits with . , / between them);
 * a figure with a hyphen or a sign (« 2014-1039 », « 50 % ») gets a left-to-right mark after its first
 * number and at its end, which keeps it from reading « 1039-2014 » or « % 50 » without putting a mark at
 * its start, where LibreOffice ends lines again.
 */
const BOUND_NUMBER = /^\d+(?:[.,/]\d+)*$/u;
const BOUND_FIGURE = /^(\d+(?:[.,/]\d+)*)((?:-\d+(?:[.,/]\d+)*)+(?:\u202f?[%‰°])?|\u202f?[%‰°])$/u;
const BINDING_BEFORE = /(?:\p{Script=Arabic}\u00a0|«[\u00a0\u202f])$/u;

/** The number as it stays in the Arabic run before it, or null when it takes a run of its own. */
function boundInArabicRun(number: string): string | null {
  if (BOUND_NUMBER.test(number)) return number;
  const figure = BOUND_FIGURE.exec(number);
  return figure ? `${figure[1]}${LRM}${figure[2]}${LRM}` : null;
}

/**
 * What may lie between two Arabic stretches of one Arabic answer in French text: a few Latin words,
 * figures and brackets (« (SMS », « GED », « ISO 9001 »), but no sign that parts a French sentence
 * (« : », « ; », « → »), and fewer Latin letters than half the Arabic ones around.
 */
const INSIDE_ARABIC = /^[\s\p{Script=Latin}0-9().,%/\-–'’&+°]*$/u;
const WORD = /[\p{Script=Latin}0-9]+/gu;
const letters = (text: string, script: RegExp) => (text.match(script) ?? []).length;

/** The Arabic stretches of French text: its Arabic runs, joined where Latin words lie inside one answer. */
function arabicStretches(text: string): { start: number; end: number }[] {
  const stretches: { start: number; end: number }[] = [];
  for (const match of text.matchAll(RTL_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    const last = stretches.at(-1);
    const gap = last ? text.slice(last.end, start) : '';
    const joined = last ? text.slice(last.start, end) : '';
    if (
      last &&
      INSIDE_ARABIC.test(gap) &&
      (gap.match(WORD) ?? []).length <= 3 &&
      letters(gap, /\p{Script=Latin}/gu) * 2 < letters(joined, /\p{Script=Arabic}/gu)
    )
      last.end = end;
    else stretches.push({ start, end });
  }
  return stretches;
}

/**
 * A stretch embedded in text of the other direction, as runs: the words `inner` finds in it (Latin
 * words in an Arabic stretch, Arabic words in a French one) in their direction `innerRtl`, the rest in
 * the other; its first run `opens` and its last `closes`.
 */
function embeddedRuns(stretch: string, inner: RegExp, innerRtl: boolean): DirectionalRun[] {
  const runs: DirectionalRun[] = [];
  let at = 0;
  for (const match of stretch.matchAll(inner)) {
    if (match.index > at) runs.push({ text: stretch.slice(at, match.index), rtl: !innerRtl });
    runs.push({ text: match[0], rtl: innerRtl });
    at = match.index + match[0].length;
  }
  if (at < stretch.length) runs.push({ text: stretch.slice(at), rtl: !innerRtl });
  return runs.map((run, i) => ({
    ...run,
    ...(i === 0 ? { opens: true } : {}),
    ...(i === runs.length - 1 ? { closes: true } : {}),
  }));
}

/**
 * What may lie between two French stretches of one French answer in Arabic text: a few Arabic words
 * with the spaces, brackets and signs around them, but no sign that parts an Arabic line (« ← », « ، »,
 * « ؛ », « : »).
 */
const INSIDE_FRENCH = /^[\s\p{Script=Arabic}().,'’\-–]*$/u;
/** The punctuation that ends a French sentence or clause, kept at the French answer's end. */
const FRENCH_END = /^[.!?…;:]+(?=\s|$)/u;
/**
 * The separators of an Arabic line's parts: the arrow from a problem to its action, the Arabic comma
 * and semicolon, and the colon after a label (« أول إجراء مقترح: … »).
 */
const ARABIC_SEPARATOR = /[←\u060c\u061b:]/gu;
/** A label's number before a French answer (« المشكلة 1: Guichet … »): it stays in the Arabic line. */
const LABEL_NUMBER = /^\d+\s?:\s+(?=\p{Script=Latin})/u;
const ARABIC_WORD = /\p{Script=Arabic}+/gu;
/** A few Arabic words ending a French answer (« … au logiciel مضمون »): up to its end or the next separator. */
const ARABIC_TAIL = /^[\s(]*\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+){0,2}\)?(?=[.!?…;:]*\s*(?:[←\u060c\u061b]|$))/u;
/** Arabic words inside a French answer, without the punctuation that ends the answer. */
const ARABIC_WORDS = /\p{Script=Arabic}(?:[\p{Script=Arabic}\s\u200c\u200d]*\p{Script=Arabic})?/gu;

/**
 * The French answers of Arabic text: stretches of at least three Latin words that start a part of the
 * line (nothing Arabic before them since its start or the last separator), joined across a few Arabic
 * words inside (fewer Arabic letters than half the Latin ones), with the punctuation that ends them.
 * Only those with Arabic inside or punctuation at their end are returned: the others are plain
 * left-to-right runs.
 */
function frenchStretches(text: string): { start: number; end: number }[] {
  const stretches: { start: number; end: number; embed: boolean }[] = [];
  let last: { start: number; end: number; embed: boolean } | undefined;
  for (const match of text.matchAll(LTR_RUN)) {
    const label = ARABIC_LETTER.test(text.slice(0, match.index)) ? LABEL_NUMBER.exec(match[0]) : null;
    const start = match.index + (label?.[0].length ?? 0);
    const end = match.index + match[0].length;
    if (last && last.end <= start) {
      const gap = text.slice(last.end, start);
      const joined = text.slice(last.start, end);
      if (
        INSIDE_FRENCH.test(gap) &&
        (gap.match(ARABIC_WORD) ?? []).length <= 3 &&
        letters(joined, /\p{Script=Arabic}/gu) * 2 < letters(joined, /\p{Script=Latin}/gu)
      ) {
        last.end = end;
        last.embed ||= ARABIC_LETTER.test(gap);
        continue;
      }
    }
    const before = text.slice(0, start);
    const partStart = Math.max(...[...before.matchAll(ARABIC_SEPARATOR)].map((m) => m.index + 1), 0);
    if (ARABIC_LETTER.test(before.slice(partStart))) {
      last = undefined;
      continue;
    }
    last = { start, end, embed: false };
    stretches.push(last);
  }
  return stretches
    .filter((s) => (text.slice(s.start, s.end).match(WORD) ?? []).length >= 3)
    .map((s) => {
      const tail = ARABIC_TAIL.exec(text.slice(s.end))?.[0] ?? '';
      const latin = letters(text.slice(s.start, s.end), /\p{Script=Latin}/gu);
      const words = tail && letters(tail, /\p{Script=Arabic}/gu) * 2 < latin ? tail : '';
      let end = s.end + words.length;
      // The bracket that closes one opened inside it (« … مضمون (fr) »: the mark of a French answer).
      const opened = text.slice(s.start, end);
      if (text[end] === ')' && letters(opened, /\(/g) > letters(opened, /\)/g)) end += 1;
      end += FRENCH_END.exec(text.slice(end))?.[0].length ?? 0;
      return { start: s.start, end, embed: s.embed || end > s.end };
    })
    .filter((s) => s.embed);
}

/** Appends the runs of `text` (no foreign quotation in it) to `runs`. */
function cutRuns(text: string, rtl: boolean, runs: DirectionalRun[]): void {
  if (!rtl) return cutFrenchRuns(text, runs);
  let from = 0;
  for (const { start, end } of frenchStretches(text)) {
    cutArabicRuns(text.slice(from, start), runs);
    runs.push(...embeddedRuns(text.slice(start, end), ARABIC_WORDS, true));
    from = end;
  }
  cutArabicRuns(text.slice(from), runs);
}

/** `cutRuns` in Arabic, outside French answers: Latin words and numbers each a run of their own. */
function cutArabicRuns(text: string, runs: DirectionalRun[]): void {
  let at = 0;
  let own = ''; // text in the locale's direction, not yet in `runs`
  for (const match of text.matchAll(LTR_RUN)) {
    own += text.slice(at, match.index);
    at = match.index + match[0].length;
    const bound = BINDING_BEFORE.test(own) ? boundInArabicRun(match[0]) : null;
    if (bound !== null) {
      own = own.replace(/\u202f$/u, '\u00a0') + bound;
      continue;
    }
    if (own) runs.push({ text: own, rtl: true });
    own = '';
    runs.push({ text: match[0], rtl: false });
  }
  own += text.slice(at);
  if (own) runs.push({ text: own, rtl: true });
}

/** `cutRuns` in French: each Arabic stretch one run, or embedded runs when Latin words lie inside it. */
function cutFrenchRuns(text: string, runs: DirectionalRun[]): void {
  let at = 0;
  for (const { start, end } of arabicStretches(text)) {
    if (start > at) runs.push({ text: text.slice(at, start), rtl: false });
    const stretch = text.slice(start, end);
    if (LATIN_OR_DIGIT.test(stretch)) runs.push(...embeddedRuns(stretch, LTR_RUN, false));
    else runs.push({ text: stretch, rtl: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), rtl: false });
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}0-9]/u;

/**
 * The text with every run of the other direction in a Unicode isolate (LRI/RLI … PDI), for renderers that
 * follow the Unicode bidi algorithm with isolates (Skia on the canvas).
 */
export function isolateForeignRuns(text: string, locale: Locale): string {
  let inside = false; // within a stretch of the other direction isolated whole
  return directionalRuns(text, locale)
    .map((run) => {
      if (run.opens) inside = true;
      const own = inside || run.rtl === isRtl(locale);
      const opening = isRtl(locale) ? LRI : RLI;
      const out = (run.opens ? opening : '') + (own ? run.text : (run.rtl ? RLI : LRI) + run.text + PDI);
      if (run.closes) inside = false;
      return run.closes ? out + PDI : out;
    })
    .join('');
}
