// Numbers as people type them on a phone: "45 000", "1.500.000", "12,5", "350 000 DT", "environ
// 40 agents", "حوالي ٤٥ ألف دينار". Nothing is truncated or guessed: a text is read entirely, or
// refused with a reason, or returned with both readings when a separator could mean either.
import { foldText, toAsciiDigits } from '../text.ts';
import { digitsValue, numberToken, readDigits, type Digits } from './digits.ts';
import { digitWords, numberWords, readWords, spellAmounts, type NumberWord } from './number-words.ts';
import { readSpelled, spelledWords, splitJoiner } from './number-spelled.ts';

/** What the question tells about the expected number; used only to choose between two readings. */
export interface NumberHint {
  /** Only whole numbers make sense (a count of agents, of inhabitants…). */
  integer?: boolean;
  min?: number;
  max?: number;
  /** The question's unit as shown, in any language ("habitants", "ساكن", "TND"); also accepted as typed. */
  unit?: string | readonly string[];
}

/** Why a text is not one number. */
export type NumberRefusal =
  | 'empty'
  | 'not-a-number' // no digit at all: "abc"
  | 'in-words' // spelt out but not one number: "douze quinze", "12 cents"
  | 'several-numbers' // "12 15", "3 agents et 2 stagiaires"
  | 'range' // "12-15", "entre 12 et 15"
  | 'either' // a hesitation between two numbers: "3 ou 4", "3 أو 4"
  | 'malformed' // separators that fit no convention: "1.2.3", ",5"
  | 'unexpected-text' // words that are neither a unit nor a hedge: "45abc", "45 DT 3 km"
  | 'too-many-digits'; // more digits than a number keeps exactly

export type NumberResult =
  | { ok: true; value: number; approximate: boolean; unit?: string }
  | { ok: 'ambiguous'; readings: [thousands: number, decimal: number]; approximate: boolean; unit?: string }
  | { ok: false; reason: NumberRefusal; either?: [string, string] };

const refuse = (reason: NumberRefusal): NumberResult => ({ ok: false, reason });

/** Symbols turned into the words they stand for, and numbers spelt out into digits, so one vocabulary reads all. */
function prepare(text: string): string {
  const symbols = spellAmounts(toAsciiDigits(text.normalize('NFC')))
    .replace(/[\p{L}\d]+/gu, (word) => digitWords.get(word.toLowerCase()) ?? word)
    .replace(/[%\u066a]/g, ' pourcent ')
    .replace(/[~\u2248\u223c]/g, ' environ ')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/(?<![a-z])(k?m)2(?!\d)/gi, '$1²');
  return symbols.replace(/\p{L}+(?:[\s'’-]+\p{L}+)*/gu, (run: string, at: number) =>
    spelledAsDigits(
      run,
      /\d[.,\u066b\u066c]?\s*$/.test(symbols.slice(0, at)),
      /^\s*[.,\u066b\u066c]?\d/.test(symbols.slice(at + run.length)),
    ),
  );
}

/** The length of a unit or hedge of several words at words[at] (« pour cent »): kept whole, never read as a number. */
function phraseLength(words: string[], at: number): number {
  return [4, 3, 2].find((n) => at + n <= words.length && numberWords.has(words.slice(at, at + n).join(' '))) ?? 0;
}

/**
 * A run of words with the numbers spelt out in it as digits: « environ douze agents » → « environ
 * 12 agents ». A number next to another one, typed or spelt (« douze quinze », « 12 cents »,
 * « 1,5 mille »), is left in words: two numbers side by side must not be read as one.
 */
function spelledAsDigits(run: string, digitBefore: boolean, digitAfter: boolean): string {
  const words = foldText(run).split(' ').flatMap(splitJoiner);
  const parts: { text: string; value?: number }[] = [];
  for (let at = 0; at < words.length;) {
    const kept = phraseLength(words, at);
    const read = kept ? undefined : readSpelled(words, at);
    const end = read?.end ?? at + Math.max(kept, 1);
    parts.push({ text: words.slice(at, end).join(' '), ...(read ? { value: read.value } : {}) });
    at = end;
  }
  const isNumber = (i: number) =>
    i < 0 ? digitBefore : i >= parts.length ? digitAfter : parts[i]?.value !== undefined;
  const read = parts.map((p, i) =>
    p.value !== undefined && !isNumber(i - 1) && !isNumber(i + 1) ? String(p.value) : p.text,
  );
  return read.some((text, i) => text !== parts[i]?.text) ? read.join(' ') : run;
}

const rangeWords = new Set(['a', 'au', 'jusqu a', 'to', 'إلى', 'الى', 'حتى', 'ل'].map(foldText));

/** "12-15", "12 à 15", "entre 12 et 15", "بين 12 و 15": two numbers meant as bounds. */
function isRange(text: string, first: RegExpExecArray, second: RegExpExecArray): boolean {
  const between = text.slice(first.index + first[0].length, second.index);
  if (/^\s*[-\u2014]\s*$/.test(between)) return true;
  const folded = foldText(between);
  if (rangeWords.has(folded)) return true;
  return (folded === 'et' || folded === 'و') && /(^| )(entre|بين)$/.test(foldText(text.slice(0, first.index)));
}

const eitherWords = new Set(['ou', 'ou bien', 'or', 'أو', 'او', 'ولا', 'والا', 'walla', 'wala', 'wela'].map(foldText));

/** "3 ou 4", "3 أو 4", "3 ولا 4": two numbers of which the person could not choose. */
function isEither(text: string, first: RegExpExecArray, second: RegExpExecArray): boolean {
  return eitherWords.has(foldText(text.slice(first.index + first[0].length, second.index)));
}

/** The question's own unit words, accepted next to the number (whole, or by their first word). */
function hintWords(hint: NumberHint): Map<string, NumberWord> {
  const words = new Map<string, NumberWord>();
  const texts = typeof hint.unit === 'string' ? [hint.unit] : (hint.unit ?? []);
  // The question's unit, as its first word is known (« minute »): a word of the question's own that
  // names another unit elsewhere (« د », minutes in Tunisia as well as dinars) means the question's.
  const own = numberWords.get(foldText(texts[0] ?? ''));
  for (const text of texts) {
    // "% des ménages": the "%" is read as such, and the words after it go with it.
    const percentOf = /^[%\u066a]\s*(.+)$/u.exec(text.trim());
    if (percentOf) {
      words.set(foldText(percentOf[1] ?? ''), { kind: 'filler' });
      continue;
    }
    const folded = foldText(text);
    if (!folded) continue;
    const known = numberWords.get(folded);
    const other = known?.kind === 'unit' && own?.kind === 'unit' && known.unit !== own.unit;
    const word: NumberWord = (other ? own : known) ?? { kind: 'unit', unit: text.trim(), countable: false };
    words.set(folded, word);
    const firstWord = folded.split(' ')[0] ?? '';
    if (!numberWords.has(firstWord)) words.set(firstWord, word);
  }
  return words;
}

/** A unit's words compared as typed: folded, and digit groups joined ("1 000", "1.000" → "1000"). */
const unitKey = (text: string) => foldText(text).replace(/(?<=\d) (?=\d{3}(?!\d))/g, '');

/**
 * The question's own unit typed whole after the number, whatever its length and even with a number
 * in its words ("12 réclamations pour 1 000 usagers", "3 kWh par point et par an"), taken out so
 * that only the value and its hedges are left to read; the unit's words are returned apart.
 */
function withoutOwnUnit(prepared: string, hint: NumberHint): { text: string; unit?: string } {
  const texts = typeof hint.unit === 'string' ? [hint.unit] : (hint.unit ?? []);
  const forms = new Map<string, string>();
  for (const text of texts) {
    const key = unitKey(prepare(text));
    // One word is read as any other word next to a number.
    if (key.includes(' ') || /\d/.test(key)) forms.set(key, text.trim());
  }
  if (forms.size === 0) return { text: prepared };
  const words = prepared.trim().split(/\s+/);
  // Longest first, never the first word: the value comes before its unit.
  for (let length = words.length - 1; length >= 1; length--)
    for (let start = 1; start + length <= words.length; start++) {
      const unit = forms.get(unitKey(words.slice(start, start + length).join(' ')));
      if (unit !== undefined)
        return { text: [...words.slice(0, start), ...words.slice(start + length)].join(' '), unit };
    }
  return { text: prepared };
}

/** Of two readings, the one the question allows, when only one of them fits. */
function choose(thousands: number, decimal: number, hint: NumberHint, countable: boolean): number | null {
  if (countable) return thousands; // "45.000 habitants": nobody writes 45 people with three zero decimals
  const fits = (v: number) => (hint.min === undefined || v >= hint.min) && (hint.max === undefined || v <= hint.max);
  if (fits(thousands) !== fits(decimal)) return fits(thousands) ? thousands : decimal;
  return null;
}

/**
 * Reads one number typed by a person, with the units and hedges around it.
 *
 * A lone dot or comma followed by exactly three digits ("45.000", "2,500") is a thousands separator
 * or a decimal one; the `hint` settles it when only one reading makes sense (whole numbers, a
 * countable unit, or bounds only one reading fits), otherwise both readings are returned.
 * The hint never refuses a value: bounds and integrality are checked by the caller.
 */
export function parseNumber(text: string, hint: NumberHint = {}): NumberResult {
  // A whole count typed with the Arabic decimal sign and three digits ("٤٥٫٠٠٠ ساكن") is read
  // like "45.000": phone keypads put that sign where the thousands dot would be.
  const typed = hint.integer
    ? text.replace(/(?<=[\d\u0660-\u0669])\u066b(?=[\d\u0660-\u0669]{3}(?![\d\u0660-\u0669]))/g, '.')
    : text;
  const whole = prepare(typed);
  if (!whole.trim()) return refuse('empty');
  const own = withoutOwnUnit(whole, hint);
  const prepared = own.text;
  const tokens = [...prepared.matchAll(numberToken)];
  const [token, second] = tokens;
  if (!token) {
    const words = foldText(prepared).split(' ');
    const inWords = (w: string) => spelledWords.has(w) || numberWords.get(w)?.kind === 'multiplier';
    return refuse(words.some(inWords) ? 'in-words' : 'not-a-number');
  }
  if (second && tokens.length === 2 && isEither(prepared, token, second))
    return { ok: false, reason: 'either', either: [token[0].trim(), second[0].trim()] };
  if (second) return refuse(tokens.length === 2 && isRange(prepared, token, second) ? 'range' : 'several-numbers');

  let before = prepared.slice(0, token.index);
  const after = prepared.slice(token.index + token[0].length);
  // A separator touching the number on the outside (",5", "45,5.", "12.x") would be dropped by the
  // folding below and the number silently changed.
  if (/[.,\u066b\u066c]$/.test(before) || /^[.,\u066b\u066c]\S/.test(after)) return refuse('malformed');
  const sign = /([-+])\s*$/.exec(before);
  if (sign) before = before.slice(0, sign.index);

  const extra = hintWords(hint);
  const wordsBefore = readWords(foldText(before), extra);
  const wordsAfter = readWords(foldText(after), extra);
  if (!wordsBefore || !wordsAfter) return refuse('unexpected-text');
  // A multiplier belongs right after the number ("1,5 million"), never elsewhere.
  const multiplier = wordsAfter[0]?.kind === 'multiplier' ? wordsAfter.shift() : undefined;
  const words = [...wordsBefore, ...wordsAfter];
  if (words.some((w) => w.kind === 'multiplier')) return refuse('unexpected-text');
  const units = [
    ...new Set([...(own.unit ? [own.unit] : []), ...words.flatMap((w) => (w.kind === 'unit' ? [w.unit] : []))]),
  ];
  if (units.length > 1) return refuse('unexpected-text');

  const unit = units[0];
  const approximate = sign?.[1] === '+' || words.some((w) => w.kind === 'approximate');
  const countable =
    hint.integer === true ||
    words.some((w) => w.kind === 'unit' && w.countable) ||
    [...extra.values()].some((w) => w.kind === 'unit' && w.countable);
  const power = multiplier?.kind === 'multiplier' ? multiplier.power : 0;
  const value = (digits: Digits) => {
    const v = digitsValue(digits, power);
    return v === null || sign?.[1] !== '-' || v === 0 ? v : -v;
  };
  const extras = unit === undefined ? { approximate } : { approximate, unit };

  const reading = readDigits(token[0]);
  if (reading.kind === 'malformed') return refuse('malformed');
  if (reading.kind === 'one') {
    const v = value(reading.digits);
    return v === null ? refuse('too-many-digits') : { ok: true, value: v, ...extras };
  }
  const thousands = value(reading.thousands);
  const decimal = value(reading.decimal);
  if (thousands === null || decimal === null) return refuse('too-many-digits');
  const chosen = choose(thousands, decimal, hint, countable);
  return chosen === null
    ? { ok: 'ambiguous', readings: [thousands, decimal], ...extras }
    : { ok: true, value: chosen, ...extras };
}
