import { describe, expect, it } from 'vitest';
import { createI18n, locales, type Locale } from '../../../src/core/i18n.ts';
import { numberToken } from '../../../src/core/parse/digits.ts';
import { parseNumber } from '../../../src/core/parse/number.ts';
import { parseAnswer } from '../../../src/features/questionnaires/answers.ts';
import type { Question } from '../../../src/features/questionnaires/definitions.ts';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';
import { formatQuantity, renderQuestion } from '../../../src/features/questionnaires/render.ts';

// Every number the bot writes in a hint, an example or an error must be one its own parser reads
// back to the same value, in French and in Arabic ("3,000,000" in Arabic used to be read as 3 or
// 3 000 000, and the bot then asked for that very form).
const i18n = createI18n();
const today = '2026-12-05';
const questionnaires = loadQuestionnaires(defaultQuestionnairesDir);
const numeric = questionnaires.flatMap((q) =>
  q.questions.filter((x): x is Extract<Question, { type: 'number' | 'indicator' }> =>
    ['number', 'indicator'].includes(x.type),
  ),
);
const plain = (text: string) => text.replace(/[\u2068\u2069\u200e\u200f]/g, '');

/** The numbers written in a text, each read back by the parser on its own. */
function numbersIn(text: string): number[] {
  return [...plain(text).matchAll(numberToken)].map((m) => {
    const read = parseNumber(m[0]);
    if (read.ok !== true) throw new Error(`« ${m[0]} » in « ${text} » does not parse: ${JSON.stringify(read)}`);
    return read.value;
  });
}

describe('numbers the bot writes parse back to the same value', () => {
  it('has bounded numeric questions to check', () => {
    expect(numeric.filter((x) => x.max !== undefined && x.max >= 1000).length).toBeGreaterThan(0);
  });

  it.each(locales)('question hints and range errors in %s', (locale: Locale) => {
    const t = (key: string, args?: Parameters<typeof i18n.t>[2]) => i18n.t(locale, key, args);
    for (const q of questionnaires)
      for (const question of q.questions) {
        if (question.type !== 'number' && question.type !== 'indicator') continue;
        const [shown] = renderQuestion(q, question, new Map(), 'run', { locale, t, today }).filter(
          (m) => m.kind === 'choices' || (m.kind === 'text' && !m.text.startsWith('ℹ️')),
        );
        const hint = (shown && 'text' in shown ? shown.text : '').split('\n').find((l) => /^\S*(Répondez|أجب)/.test(l));
        expect(hint, question.id).toBeDefined();
        const bounds = [question.min, question.max].filter((n) => n !== undefined);
        if (question.type === 'number') expect(numbersIn(hint ?? '')).toEqual(bounds);
        for (const [bound, text] of [
          [question.min, question.min !== undefined ? t('qn-number-min', { min: question.min }) : ''],
          [question.max, question.max !== undefined ? t('qn-number-max', { max: question.max }) : ''],
        ] as const)
          if (bound !== undefined) expect(numbersIn(text), `${question.id} ${text}`).toEqual([bound]);
      }
  });

  it.each(locales)('saved answers in %s: one form, space-grouped thousands and a decimal comma', (locale) => {
    for (const value of [45000, 3000000, 12.5, 0.25, 1234567.75]) {
      const shown = formatQuantity(value, undefined, { locale, t: (key, args) => i18n.t(locale, key, args) });
      expect(shown).toMatch(/^[\d\u202f]+(,\d+)?$/);
      expect(numbersIn(shown)).toEqual([value]);
    }
  });

  it.each(locales)('the examples of the invalid-number message in %s', (locale) => {
    expect(numbersIn(i18n.t(locale, 'qn-invalid-number'))).toEqual([12, 3.5, 45000]);
  });

  it.each([
    ['fr', '350,000', ','],
    ['ar', '350,000', ','],
    ['ar', '350.000', '.'],
    ['fr', '350.000', '.'],
  ] as const)('an ambiguous %s « %s » names the sign typed and suggests a form read at once', (locale, typed, sign) => {
    const budget = numeric.find((x) => x.id === 'q_annual_budget');
    if (!budget) throw new Error('no budget question');
    const read = parseAnswer(budget, { kind: 'text', text: typed }, { today });
    if (read.ok) throw new Error(`« ${typed} » read as ${String(read.value)}`);
    expect(read.error).toBe('qn-number-ambiguous');
    const text = plain(i18n.t(locale, read.error, read.args));
    expect(text).toContain(`« ${sign} »`);
    expect(text).not.toMatch(/sans point|دون نقطة/);
    // The example is the last number of the message: sent back as it is, it is taken.
    const example = [...text.matchAll(numberToken)].at(-1)?.[0] ?? '';
    expect(parseAnswer(budget, { kind: 'text', text: example }, { today })).toEqual({ ok: true, value: 350000 });
  });
});
