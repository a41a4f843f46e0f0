import { choiceKeys, matchChoiceKeys } from '../../core/parse/choice.ts';
import { parseDate, type YearlessDate } from '../../core/parse/date.ts';
import { arabicSpans, normalizeDateText } from '../../core/parse/date-words.ts';
import { parseDurationMinutes } from '../../core/parse/duration.ts';
import { parseNumber } from '../../core/parse/number.ts';
import { percentAmongWords } from '../../core/parse/percent.ts';
import { unitCodes } from '../../core/parse/number-words.ts';
import { foldText, toAsciiDigits } from '../../core/text.ts';
import { dontKnowForms, notApplicable, notMeasured, typedForms, type Question } from './definitions.ts';
import { countInUnitWords, unitWords, type Unit } from './units.ts';

/** What a person sent in answer to a question. */
export type AnswerInput =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; values: string[] }
  | { kind: 'photo'; fileRef: string; caption?: string };

export type AnswerValue = string | number | string[];

/** A line said once the answer is saved, about how it was read (its catalog key and arguments). */
export interface ReadNote {
  key: string;
  args: Record<string, string | number>;
}

export type ParseResult =
  | { ok: true; value: AnswerValue; note?: ReadNote }
  | {
      ok: false;
      error: string;
      args?: Record<string, string | number>;
      /** A date the message names ("YYYY-MM-DD"), said with its weekday in the reader's language. */
      date?: string;
    };

const fail = (error: string, args?: Record<string, string | number>): ParseResult => ({ ok: false, error, args });

interface Option {
  value: string;
  labels: string[];
}

const yesNo: Option[] = [
  { value: 'yes', labels: ['oui', 'o', 'yes', 'y', 'نعم', 'ايه', 'اي', 'ey', 'eyh', 'ih'] },
  { value: 'no', labels: ['non', 'n', 'no', 'لا', 'le', 'la'] },
];
const yesNoKeys = choiceKeys(yesNo.map((o) => o.labels));

/** The options a closed question offers, with every label they may be typed as. */
export function optionsOf(q: Question): Option[] {
  if (q.type === 'single' || q.type === 'multiple')
    return q.choices.map((c) => ({ value: c.value, labels: typedForms(c) }));
  if (q.type === 'yesno') return yesNo;
  if (q.type === 'scale') {
    // By number only: the anchors are read, not typed.
    const values: Option[] = [];
    for (let v = q.min; v <= q.max; v++) values.push({ value: String(v), labels: [String(v)] });
    return values;
  }
  return [];
}

/** The words that say an indicator was not measured, or does not apply to this service. */
const indicatorWords: Record<string, string[]> = {
  [notMeasured]: [
    'non mesure',
    'pas mesure',
    'non mesuree',
    'pas de mesure',
    'inconnu',
    'nm',
    'pas encore mesure',
    'jamais mesure',
    'non calcule',
    'pas calcule',
    'غير مقيس',
    'لم يقس',
    // « مُقاس » as often as « مَقيس », the feminine of a share (« نسبة غير مقيسة »), and the
    // Tunisian « موش مقيس », « ما قسناش » (« we did not measure it »).
    'غير مقاس',
    'غير مقيسة',
    'غير مقاسة',
    'لم يقاس',
    'لم نقس',
    'لم تقس',
    'موش مقيس',
    'مش مقيس',
    'ما قسناش',
    'ما تقاسش',
    'لا نعرف',
    // « I do not know », as a team says it of a value nobody measured (said back as « non mesuré »).
    ...dontKnowForms,
  ],
  [notApplicable]: ['sans objet', 'non applicable', 'na', 'n a', 'pas concerne', 'لا ينطبق', 'غير معني', 'لا يخص'],
};

/** Labels of a closed question's options, for matching typed text (value ids included). */
const labelsOf = (options: Option[]) => options.map((o) => o.labels);

/** The context a few answers need: dates relative to today ("demain", "15/12"). */
export interface ParseContext {
  /** Today where the team works (YYYY-MM-DD). */
  today: string;
  /**
   * Which occurrence a date typed without a year is ("15/12"): 'past' for a question that refuses
   * dates to come (see `yearlessDateFor` in the engine), else the coming one.
   */
  withoutYear?: YearlessDate;
  /** A date the question takes (YYYY-MM-DD), given as the example when a date is not read; today by default. */
  example?: string;
}

const dayOf = (today: string) => ({ now: new Date(`${today}T12:00:00Z`), timeZone: 'UTC' });

/**
 * For a question's unit, the units typed beside a value that mean it ("45 personnes" for
 * inhabitants) and those converted to it ("1,5 heure" is 90 minutes). Another unit is refused
 * rather than saved as if it were the question's ("45 agents" at a waiting time); a unit not
 * listed here takes what the reader accepts.
 */
type Taken = { same: string[]; convert?: Record<string, number> };
const unitsTaken: Partial<Record<Unit, Taken>> = {
  minute: { same: ['minute'], convert: { hour: 60 } },
  day: { same: ['day'], convert: { week: 7 } },
  agent: { same: ['agent', 'person'] },
  inhabitant: { same: ['inhabitant', 'person'] },
  dinar: { same: ['TND'], convert: { millime: 0.001 } },
  'dinar-per-tonne': { same: ['TND'] },
};
const percentTaken: Taken = { same: ['%'] };

/** The value in the question's unit, or null when it was typed in another one. */
function inQuestionUnit(q: { unit?: Unit | undefined }, value: number, typed: string | undefined): number | null {
  if (!q.unit || typed === undefined || !unitCodes.has(typed)) return value;
  const taken = q.unit.startsWith('percent') ? percentTaken : unitsTaken[q.unit];
  if (!taken || taken.same.includes(typed)) return value;
  const factor = taken.convert?.[typed];
  return factor === undefined ? null : Math.round(value * factor * 1e6) / 1e6;
}

/**
 * « 10 jours ouvrables », « 15 jours ouvrés », « 15 يوم عمل », « ١٠ أيام عمل »: the words that say
 * the days are working days, right after the word for days. A delay in working days is how a
 * service states it; the question counts days, so the number is taken as it is (never converted
 * to calendar days) and the person is told so.
 */
const workingDays = /(?<=(?:^|\s|\d)(\p{L}+)\s+)(?:ouvrables?|ouvr[ée]e?s?|de\s+travail|عمل|العمل)(?=\s*$|\s)/iu;
const dayWords = new Set([...unitWords.day, 'j', 'ايام'].map(foldText));

/** The text without its « ouvrables » (or « عمل ») after the word for days; null when it has none. */
function withoutWorkingDays(text: string): string | null {
  const found = workingDays.exec(text);
  if (!found || !dayWords.has(foldText(found[1] ?? ''))) return null;
  return `${text.slice(0, found.index)}${text.slice(found.index + found[0].length)}`.trim();
}

function readNumber(q: Extract<Question, { type: 'number' | 'indicator' }>, text: string): ParseResult {
  const working = q.unit === 'day' ? withoutWorkingDays(text) : null;
  if (working !== null) {
    const read = readNumber(q, working);
    return read.ok ? { ...read, note: { key: 'qn-working-days', args: { text: text.trim() } } } : read;
  }
  // « une demi-heure », « 1h30 », « ساعة ونصف » at a question in minutes.
  const spoken = q.unit === 'minute' ? parseDurationMinutes(text) : null;
  if (spoken !== null) return inRange(q, spoken);
  // « يومين », « أسبوع », « أسبوعين » at a question in days: the dual and the week as said, without a figure.
  const span = q.unit === 'day' ? arabicSpans.get(normalizeDateText(text)) : undefined;
  if (span !== undefined) return inRange(q, span);
  // « عونان », « شكوى واحدة لكل 1000 منتفع »: two and one said by the unit's words, as the bot writes them.
  const said = q.unit ? countInUnitWords(q.unit, text, foldText) : undefined;
  if (said !== undefined) return inRange(q, said);
  const unit = q.unit ? unitWords[q.unit] : undefined;
  const read = parseNumber(text, {
    integer: q.integer,
    ...(q.min !== undefined ? { min: q.min } : {}),
    ...(q.max !== undefined ? { max: q.max } : {}),
    ...(unit ? { unit } : {}),
  });
  if (read.ok === 'ambiguous') {
    const [thousands, decimal] = read.readings;
    // The sign actually typed ("350,000" or "350.000"), named in the reply.
    const separator = /(?<=\d)[.,\u066b\u066c](?=\d)/.exec(toAsciiDigits(text))?.[0] ?? '.';
    return fail('qn-number-ambiguous', { text, thousands, decimal, separator });
  }
  if (read.ok === false && read.either)
    return fail('qn-number-either', { first: read.either[0], second: read.either[1] });
  // « presque tout, 90% » at a share: the one number with its « % » is the answer, the words its gloss.
  const share = read.ok === false && read.reason === 'unexpected-text' && q.unit?.startsWith('percent');
  const glossed = share ? percentAmongWords(text) : null;
  if (glossed !== null) return inRange(q, glossed);
  if (read.ok !== true && read.reason === 'range') return fail('qn-number-range');
  // Words without a figure at a measure (« ما عندناش », « pas dispo »): the ways of answering it,
  // « non mesuré » first, rather than « a number I cannot read ».
  if (read.ok !== true && q.type === 'indicator' && !/\d/.test(toAsciiDigits(text)))
    return fail('qn-indicator-words', { text: text.trim() });
  if (read.ok !== true) return fail('qn-invalid-number');
  const n = inQuestionUnit(q, read.value, read.unit);
  if (n === null) return fail('qn-number-other-unit', { text });
  // « 0,65 » at a share, as a spreadsheet writes 65 %: asked which it is rather than saved as less
  // than 1 %. Typed with its « % », a share that small is taken as it is.
  if (q.unit?.startsWith('percent') && read.unit === undefined && n > 0 && n < 1)
    return fail('qn-percent-fraction', { text: text.trim(), percent: Math.round(n * 10000) / 100 });
  return inRange(q, n);
}

/** A number in the question's unit, checked against its bounds. */
function inRange(q: Extract<Question, { type: 'number' | 'indicator' }>, n: number): ParseResult {
  if (q.integer && !Number.isInteger(n)) return fail('qn-invalid-integer');
  if (q.min !== undefined && n < q.min) return fail('qn-number-min', { min: q.min });
  if (q.max !== undefined && n > q.max) return fail('qn-number-max', { max: q.max });
  return { ok: true, value: n };
}

/** "2026-12-05" → "05/12/2026", as dates are typed. */
const formatDay = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The day a lone day number stands for: this month's, or for a question about the past the last
 * month's when it is still to come (the next month's when gone, for a date ahead); null when the
 * text is not a day number alone or that month has no such day.
 */
function dayOfNearMonth(text: string, today: string, which: YearlessDate): string | null {
  const m = /^(?:le |يوم )?(\d{1,2})$/u.exec(toAsciiDigits(text).trim().toLowerCase());
  const day = Number(m?.[1]);
  if (!m || day < 1) return null;
  const [year = 0, month = 1, todayDay = 1] = today.split('-').map(Number);
  const shift = which === 'past' ? (day > todayDay ? -1 : 0) : day < todayDay ? 1 : 0;
  const at = new Date(Date.UTC(year, month - 1 + shift, day));
  if (at.getUTCDate() !== day) return null;
  return at.toISOString().slice(0, 10);
}

/** Whether a year is typed in the text ("15/12/2026", "15/12/26", "15 déc 2026"). */
const yearTyped = (text: string) => /\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}/.test(toAsciiDigits(text));

/**
 * A date, read as the question asks. At a question about the past, a date to come read from words
 * ("lundi prochain", "demain") is refused naming the date read, never moved to another one; a
 * date to come typed with its year is left to the question's constraint and its own message.
 */
function readDate(text: string, context: ParseContext): ParseResult {
  const read = parseDate(text, { ...dayOf(context.today), withoutYear: context.withoutYear });
  const example = formatDay(context.example ?? context.today);
  // « il y a 2 ans »: the day it comes to is offered, never saved as if the person had named it.
  if (!read.ok && read.near)
    return fail('qn-date-approximate', { text, example: formatDay(read.near), year: read.near.slice(0, 4) });
  if (!read.ok) {
    // « 3 », « le 3 », « يوم 3 »: a day without its month; the day it most likely is is offered, never saved.
    const offered = dayOfNearMonth(text, context.today, context.withoutYear ?? 'coming');
    if (offered) return fail('qn-date-day-only', { text, example: formatDay(offered) });
    return fail(read.reason === 'vague' ? 'qn-date-vague' : 'qn-invalid-date', { example, text });
  }
  if (context.withoutYear === 'past' && read.date > context.today && !yearTyped(text))
    return { ok: false, error: 'qn-date-future', args: { example }, date: read.date };
  return { ok: true, value: read.date };
}

function readChoices(q: Question, options: Option[], input: AnswerInput, multiple: boolean): ParseResult {
  let indexes: number[];
  if (input.kind === 'choice') {
    indexes = input.values.map((v) => options.findIndex((o) => o.value === v));
    if (indexes.length === 0 || indexes.some((i) => i < 0) || (!multiple && indexes.length !== 1))
      return fail('qn-invalid-choice', { max: options.length });
  } else if (input.kind === 'text') {
    // The labels' keys are made once, with the questionnaire (a scale's numbers are quick to make).
    const keys = q.choiceKeys ?? (q.type === 'yesno' ? yesNoKeys : choiceKeys(labelsOf(options)));
    const match = matchChoiceKeys(input.text, keys, { multiple });
    if (match.ok === 'ambiguous') {
      const names = match.candidates.map((i) => `${i + 1}`).join(', ');
      return fail('qn-choice-ambiguous', { text: match.text, numbers: names });
    }
    if (match.ok !== true) {
      // « 1,3 » or « 1 et 3 » where one choice is asked: said as such, not as a choice not recognised.
      if (match.reason === 'several' && (q.type === 'single' || q.type === 'scale'))
        return fail('qn-one-choice', q.type === 'scale' ? { min: q.min, max: q.max } : { min: 1, max: options.length });
      if (q.type === 'scale') return fail('qn-invalid-scale', { min: q.min, max: q.max });
      if (q.type === 'yesno') return fail('qn-invalid-yesno');
      return fail(multiple ? 'qn-invalid-multiple' : 'qn-invalid-choice', { max: options.length });
    }
    indexes = match.indexes;
  } else {
    return fail('qn-photo-unexpected');
  }
  const values = [...new Set(indexes.map((i) => (options[i] as Option).value))];
  if (q.type === 'multiple' && values.length > 1) {
    const alone = q.choices.find((c) => c.exclusive && values.includes(c.value));
    if (alone) return fail('qn-exclusive', { choice: alone.label.fr, choiceAr: alone.label.ar });
  }
  if (multiple) return { ok: true, value: values };
  const [value] = values;
  return { ok: true, value: q.type === 'scale' ? Number(value) : (value as string) };
}

/**
 * For typed text the question could not take, a message that says what to do instead of « not
 * read »: « je ne sais pas » leads to /skip (or says the question needs an answer), and a question
 * to the bot (« … ? ») leads to /ask. Undefined when the usual message says it best.
 */
export function unreadTextHint(q: Question, text: string): string | undefined {
  if (saysDontKnow(text)) return q.required ? 'qn-dont-know-required' : 'qn-dont-know-optional';
  if (/[?؟]\s*$/.test(text)) return 'qn-question-typed';
  return undefined;
}

/** « non mesuré », « sans objet »: words said of an indicator's value (« I do not know » aside). */
function saysValueWord(text: string): boolean {
  const folded = foldText(text);
  return Object.values(indicatorWords).some((words) =>
    words.some((w) => !dontKnowForms.includes(w) && foldText(w) === folded),
  );
}

/** The whole text is « je ne sais pas » (or « ما نعرفش »…), which answers no free-text question. */
export function saysDontKnow(text: string): boolean {
  const folded = foldText(text);
  return dontKnowForms.some((form) => foldText(form) === folded);
}

/**
 * A photo at a question that takes none. Its caption (« Voirie », « 45 ») is neither saved: said,
 * so the person sends it as a message rather than believe they answered.
 */
function photoUnexpected(caption: string | undefined): ParseResult {
  const typed = caption?.trim().replace(/\s+/g, ' ') ?? '';
  if (!/[\p{L}\p{N}]/u.test(typed)) return fail('qn-photo-unexpected');
  return fail('qn-photo-caption-unexpected', { caption: typed.length > 40 ? `${typed.slice(0, 39)}…` : typed });
}

/** Turns input into a typed value for the question, or the catalog key of what is wrong. */
export function parseAnswer(q: Question, input: AnswerInput, context: ParseContext): ParseResult {
  if (q.type === 'photo')
    return input.kind === 'photo' ? { ok: true, value: input.fileRef } : fail('qn-photo-expected');
  if (input.kind === 'photo') return photoUnexpected(input.caption);
  const options = optionsOf(q);
  if (q.type === 'multiple') return readChoices(q, options, input, true);
  // « non mesuré » at the question of a value's source: it is the value that was not measured, so
  // the reply says how to change it rather than « choice not recognised ».
  if (q.type === 'single' && q.id.endsWith('_source') && input.kind === 'text' && saysValueWord(input.text))
    return fail('qn-source-value-word', { text: input.text.trim(), max: options.length });
  if (q.type === 'single' || q.type === 'yesno' || q.type === 'scale') return readChoices(q, options, input, false);
  if (q.type === 'indicator') {
    if (input.kind === 'choice') {
      const [value] = input.values;
      return value === notMeasured || value === notApplicable ? { ok: true, value } : fail('qn-invalid-number');
    }
    const folded = foldText(input.text);
    for (const [value, words] of Object.entries(indicatorWords))
      if (words.some((w) => foldText(w) === folded)) return { ok: true, value };
    return readNumber(q, input.text);
  }
  const text = input.kind === 'text' ? input.text.trim() : (input.values[0] ?? '');
  switch (q.type) {
    case 'number':
      return readNumber(q, text);
    case 'date':
      return readDate(text, context);
    case 'text':
    case 'longtext':
      // "." or "..." says nothing: it would stand in the review and the report as the answer.
      if (!/[\p{L}\p{N}]/u.test(text)) return fail('qn-text-empty');
      if (text.length > q.maxLength) return fail('qn-text-too-long', { max: q.maxLength, length: text.length });
      return { ok: true, value: text };
    default:
      return fail('qn-no-answer-needed');
  }
}
