import { toAsciiDigits, foldText } from '../../core/text.ts';
import type { Question } from './definitions.ts';

/** What a person sent in answer to a question. */
export type AnswerInput =
  { kind: 'text'; text: string } | { kind: 'choice'; values: string[] } | { kind: 'photo'; fileRef: string };

export type AnswerValue = string | number | string[];

export type ParseResult =
  { ok: true; value: AnswerValue } | { ok: false; error: string; args?: Record<string, string | number> };

const fail = (error: string, args?: Record<string, string | number>): ParseResult => ({ ok: false, error, args });

interface Option {
  value: string;
  labels: string[];
}

/** The options a closed question offers, with every label they may be typed as. */
export function optionsOf(q: Question): Option[] {
  if (q.type === 'single' || q.type === 'multiple')
    return q.choices.map((c) => ({ value: c.value, labels: [c.label.fr, c.label.ar, c.value] }));
  if (q.type === 'yesno') {
    return [
      { value: 'yes', labels: ['oui', 'o', 'yes', 'y', 'نعم', 'ايه', 'اي', 'ey', 'eyh', 'ih'] },
      { value: 'no', labels: ['non', 'n', 'no', 'لا', 'le', 'la'] },
    ];
  }
  if (q.type === 'scale') {
    const values: Option[] = [];
    for (let v = q.min; v <= q.max; v++) values.push({ value: String(v), labels: [String(v)] });
    return values;
  }
  return [];
}

/** One typed token → an option: its number in the list, or its text (accents, case and Arabic variants folded). */
function matchOption(options: Option[], token: string, byNumber: boolean): string | undefined {
  const folded = foldText(token);
  if (!folded) return undefined;
  if (byNumber && /^\d+$/.test(folded)) return options[Number(folded) - 1]?.value;
  return options.find((o) => o.labels.some((l) => foldText(l) === folded))?.value;
}

function parseNumber(text: string): number | null {
  const cleaned = toAsciiDigits(text)
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/[٫,]/g, '.')
    .replace(/٬/g, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

/** 15/12/2026, 15-12-2026, 15.12.2026, 2026-12-15 (Arabic-Indic digits too) → 2026-12-15, or null. */
export function parseDate(text: string): string | null {
  const t = toAsciiDigits(text).trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  let [y, mo, d] = m ? [m[1], m[2], m[3]] : [];
  if (!m) {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
    if (!m) return null;
    [d, mo, y] = [m[1], m[2], m[3]];
  }
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Turns input into a typed value for the question, or the catalog key of what is wrong. */
export function parseAnswer(q: Question, input: AnswerInput): ParseResult {
  if (q.type === 'photo')
    return input.kind === 'photo' ? { ok: true, value: input.fileRef } : fail('qn-photo-expected');
  if (input.kind === 'photo') return fail('qn-photo-unexpected');
  const options = optionsOf(q);

  if (q.type === 'multiple') {
    const tokens =
      input.kind === 'choice' ? input.values : input.text.split(/\s*[,،;+]\s*|\s+(?:et|و)\s+/).filter(Boolean);
    const values = tokens.map((t) =>
      input.kind === 'choice' ? options.find((o) => o.value === t)?.value : matchOption(options, t, true),
    );
    if (values.length === 0 || values.some((v) => v === undefined))
      return fail('qn-invalid-multiple', { max: options.length });
    return { ok: true, value: [...new Set(values as string[])] };
  }
  if (q.type === 'single' || q.type === 'yesno' || q.type === 'scale') {
    const token = input.kind === 'choice' ? input.values[0] : input.text;
    const value =
      input.kind === 'choice'
        ? options.find((o) => o.value === token)?.value
        : matchOption(options, token ?? '', q.type !== 'scale');
    if (value === undefined || (input.kind === 'choice' && input.values.length !== 1)) {
      if (q.type === 'scale') return fail('qn-invalid-scale', { min: q.min, max: q.max });
      return fail(q.type === 'yesno' ? 'qn-invalid-yesno' : 'qn-invalid-choice', { max: options.length });
    }
    return { ok: true, value: q.type === 'scale' ? Number(value) : value };
  }
  const text = input.kind === 'text' ? input.text.trim() : (input.values[0] ?? '');
  switch (q.type) {
    case 'number': {
      const n = parseNumber(text);
      if (n === null) return fail('qn-invalid-number');
      if (q.integer && !Number.isInteger(n)) return fail('qn-invalid-integer');
      if (q.min !== undefined && n < q.min) return fail('qn-number-min', { min: q.min });
      if (q.max !== undefined && n > q.max) return fail('qn-number-max', { max: q.max });
      return { ok: true, value: n };
    }
    case 'date': {
      const iso = parseDate(text);
      return iso ? { ok: true, value: iso } : fail('qn-invalid-date');
    }
    case 'text':
    case 'longtext':
      if (!text) return fail('qn-text-empty');
      if (text.length > q.maxLength) return fail('qn-text-too-long', { max: q.maxLength, length: text.length });
      return { ok: true, value: text };
    default:
      return fail('qn-no-answer-needed');
  }
}
