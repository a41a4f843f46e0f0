// Typed answers to a list of choices: by number ("2", "1,3", "١،٣") or by text, with accents, case
// and Arabic spelling variants ignored. A text naming two choices equally well is never guessed.
import { foldText, toAsciiDigits } from '../text.ts';

export interface ChoiceOptions {
  /** Several choices may be given, separated by commas, Arabic commas, "et", "و". */
  multiple: boolean;
}

/** Why the text names no choice. */
export type ChoiceRefusal =
  | 'empty'
  | 'no-match' // no label matches the text (or one item of it)
  | 'out-of-range' // "7" when there are 5 choices
  | 'several'; // several choices given to a single-choice question: "1,3"

export type ChoiceResult =
  | { ok: true; indexes: number[] }
  /** `text` (one typed item) matches each of `candidates` equally well; `indexes` are the items already clear. */
  | { ok: 'ambiguous'; candidates: number[]; text: string; indexes: number[] }
  | { ok: false; reason: ChoiceRefusal };

// How well a typed item matches a label, best first: the whole label (or its number), the start
// of the label ("etat civil" → "État civil et légalisation"), whole words inside it, or the whole
// label inside a longer text ("une estimation des agents" → "Estimation des agents").
type Tier = 'exact' | 'prefix' | 'words' | 'contains';
const tierCost: Record<Tier, number> = { exact: 0, prefix: 3, words: 6, contains: 8 };
// Each item costs more than a better tier saves, so "etat civil et legalisation" is one item
// (a prefix) rather than two; an item naming several choices costs more than any clear one.
const itemCost = 5;
const unclearCost = 20;

type ItemMatch =
  | { kind: 'one'; index: number; tier: Tier; text: string }
  | { kind: 'several'; candidates: number[]; tier: Tier; text: string }
  | { kind: 'none'; outOfRange: boolean };

/** "choix 2", "n° 2", "رقم 2": a number announced as such. */
const announcedNumber = /^(?:choix|option|reponse|numero|num|n|no|رقم|خيار|الخيار|الاختيار) (\d+)$/;

/** Below this length a prefix or a word says too little ("de", "la") to pick a label. */
const shortest = 3;

/**
 * The form texts are compared in: `foldText`, then the Arabic article (and a "و" before it) taken
 * off each word, so that "نظافة" is the exact label "النظافة" rather than the start of "نظافة الأسواق".
 */
function choiceKey(text: string): string {
  return foldText(text).replace(/(^| )و?ال(?=\p{L}{2})/gu, '$1');
}

/** `loose`: the label may be found inside the text (only for an item typed without separators). */
function matchItem(typedText: string, labels: string[][], loose = true): ItemMatch {
  const text = typedText.trim();
  const typed = choiceKey(text);
  const none: ItemMatch = { kind: 'none', outOfRange: false };
  if (!typed) return none;
  const found = (tier: Tier, test: (label: string) => boolean): ItemMatch | null => {
    const indexes = labels.flatMap((forms, index) => (forms.some(test) ? [index] : []));
    const [index, other] = indexes;
    if (index === undefined) return null;
    return other === undefined
      ? { kind: 'one', index, tier, text }
      : { kind: 'several', candidates: indexes, tier, text };
  };
  const exact = found('exact', (label) => label === typed);
  if (exact) return exact;
  const number = /^\d+$/.test(typed) ? typed : announcedNumber.exec(typed)?.[1];
  if (number !== undefined) {
    const index = Number(number) - 1;
    return index >= 0 && index < labels.length
      ? { kind: 'one', index, tier: 'exact', text }
      : { kind: 'none', outOfRange: true };
  }
  if (typed.length < shortest) return none;
  return (
    found('prefix', (label) => label.startsWith(typed)) ??
    found('words', (label) => ` ${label} `.includes(` ${typed} `)) ??
    (loose ? found('contains', (label) => label.length >= shortest && ` ${typed} `.includes(` ${label} `)) : null) ??
    none
  );
}

const separator = /\s*(?:[,\u060c;\u061b+&]|\s(?:et|and|و)\s)\s*/giu;

/** The typed items between separators, as [start, end) spans of the text. */
function pieces(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(separator)) {
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, text.length]);
  return spans.filter(([s, e]) => foldText(text.slice(s, e)) !== '');
}

interface Reading {
  cost: number;
  items: ItemMatch[];
}

/**
 * The best way to group the pieces into items: a label may itself contain "et" or a comma
 * ("État civil et légalisation"), so "etat civil et legalisation" is one item, "1 et 3" two.
 * Fewer items and closer matches cost less; an item matching nothing rules the grouping out.
 */
function bestReading(text: string, labels: string[][]): Reading | null {
  const spans = pieces(text);
  const memo = new Map<number, Reading | null>();
  const from = (i: number): Reading | null => {
    if (i === spans.length) return { cost: 0, items: [] };
    if (memo.has(i)) return memo.get(i) ?? null;
    let best: Reading | null = null;
    for (let j = i; j < spans.length; j++) {
      const item = matchItem(text.slice(spans[i]?.[0], spans[j]?.[1]), labels, i === j);
      const rest = item.kind === 'none' ? null : from(j + 1);
      if (item.kind === 'none' || !rest) continue;
      const cost = rest.cost + itemCost + tierCost[item.tier] + (item.kind === 'several' ? unclearCost : 0);
      if (!best || cost < best.cost) best = { cost, items: [item, ...rest.items] };
    }
    memo.set(i, best);
    return best;
  };
  return from(0);
}

function refusalOf(text: string, labels: string[][]): ChoiceRefusal {
  const outOfRange = pieces(text).some(([s, e]) => {
    const item = matchItem(text.slice(s, e), labels);
    return item.kind === 'none' && item.outOfRange;
  });
  return outOfRange ? 'out-of-range' : 'no-match';
}

/**
 * Matches a typed answer against choice labels (each choice has one label or several, e.g. its
 * French and Arabic labels): by number, then by exact text, label prefix, whole words of a label.
 * @returns the 0-based indexes of the choices named, in the order typed and without repeats;
 * `ambiguous` with the candidates when an item matches two or more choices equally well.
 */
export function matchChoice(
  text: string,
  labels: readonly (string | readonly string[])[],
  options: ChoiceOptions,
): ChoiceResult {
  return matchChoiceKeys(text, choiceKeys(labels), options);
}

/** Choice labels in the form typed text is compared in: made once for a list that never changes. */
export function choiceKeys(labels: readonly (string | readonly string[])[]): string[][] {
  return labels.map((forms) => (typeof forms === 'string' ? [forms] : [...forms]).map(choiceKey));
}

/** `matchChoice` against labels already made into keys (`choiceKeys`). */
export function matchChoiceKeys(text: string, folded: string[][], { multiple }: ChoiceOptions): ChoiceResult {
  const typed = foldText(text);
  if (!typed) return { ok: false, reason: 'empty' };
  // "1 3 4": numbers separated by spaces only are a list when several are allowed.
  const digits = toAsciiDigits(text).trim();
  const spaced = multiple && /^\d+(\s+\d+)+$/.test(digits) ? digits.replace(/\s+/g, ',') : text;

  if (!multiple) {
    const item = matchItem(text, folded);
    if (item.kind === 'one') return { ok: true, indexes: [item.index] };
    if (item.kind === 'several') return { ok: 'ambiguous', candidates: item.candidates, text: item.text, indexes: [] };
    if (item.outOfRange) return { ok: false, reason: 'out-of-range' };
    const items = bestReading(text, folded)?.items ?? [];
    return { ok: false, reason: items.length > 1 ? 'several' : 'no-match' };
  }

  const reading = bestReading(spaced, folded);
  if (!reading) return { ok: false, reason: refusalOf(spaced, folded) };
  const indexes = [...new Set(reading.items.flatMap((item) => (item.kind === 'one' ? [item.index] : [])))];
  const unclear = reading.items.find((item) => item.kind === 'several');
  if (unclear?.kind === 'several')
    return { ok: 'ambiguous', candidates: unclear.candidates, text: unclear.text, indexes };
  return { ok: true, indexes };
}
