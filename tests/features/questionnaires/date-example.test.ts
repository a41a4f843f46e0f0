// A date question's example is an answer it takes: the first review of the quality system comes
// after its start, so with a start on 15/12/2026 neither today (06/12/2026) nor « aujourd'hui » is
// offered, in the question's hint or in the message for a date that could not be read.
import { describe, expect, it } from 'vitest';
import { createI18n, type Locale, type MessageArgs } from '../../../src/core/i18n.ts';
import type { AnswerInput } from '../../../src/features/questionnaires/answers.ts';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';
import { exampleDate, step } from '../../../src/features/questionnaires/engine.ts';
import type { Answers, StoredAnswer } from '../../../src/features/questionnaires/relevance.ts';
import { renderQuestion } from '../../../src/features/questionnaires/render.ts';

const q = loadQuestionnaires(defaultQuestionnairesDir).find((x) => x.id === 'dispositif-qualite');
if (!q) throw new Error('questionnaire missing');
const review = q.byId.get('q_first_review_date');
if (!review) throw new Error('question missing');
const today = '2026-12-06';
const i18n = createI18n();
const ctxOf = (locale: Locale) => ({
  locale,
  today,
  t: (key: string, args?: MessageArgs) => i18n.t(locale, key, args).replace(/[\u2066-\u2069]/g, ''),
});
const answersOf = (values: Record<string, StoredAnswer['value']>): Answers =>
  new Map(Object.entries(values).map(([id, value]) => [id, { value, authorId: 'p' }]));
const text = (t: string): AnswerInput => ({ kind: 'text', text: t });
const shown = (answers: Answers, locale: Locale) =>
  renderQuestion(q, review, answers, 'run', ctxOf(locale))
    .map((m) => ('text' in m ? m.text : ''))
    .join('\n')
    .replace(/[\u2066-\u2069]/g, '');

describe('the example of a date question', () => {
  const started = answersOf({ q_start_date: '2026-12-15' });

  it('is a date after the start when the review must follow it, and today when nothing constrains it', () => {
    expect(exampleDate(q, review, started, today)).toBe('2027-01-05');
    expect(exampleDate(q, review, answersOf({}), today)).toBe(today);
  });

  it.each([
    ['fr', 'par exemple 05/01/2027.', "aujourd'hui", "par exemple 06/12/2026, ou « aujourd'hui »"],
    ['ar', 'مثلًا 05/01/2027.', '« اليوم »', 'مثلًا 06/12/2026، أو « اليوم »'],
  ] as const)('%s: the hint offers it, and « today » only when today is taken', (locale, example, todayWord, plain) => {
    expect(shown(started, locale)).toContain(example);
    expect(shown(started, locale)).not.toContain(todayWord);
    expect(shown(answersOf({}), locale)).toContain(plain);
  });

  it('is the example of the message for a date that could not be read', () => {
    const result = step(q, started, { at: review.id }, { type: 'answer', input: text('31/13/2026') }, 'p', today);
    expect(result.error).toMatchObject({ key: 'qn-invalid-date', args: { example: '05/01/2027' } });
    expect(result.save).toBeUndefined();
  });
});
