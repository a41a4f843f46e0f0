import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswer, type AnswerInput } from '../../../src/features/questionnaires/answers.ts';
import {
  buildQuestionnaire,
  loadQuestionnaires,
  type Question,
} from '../../../src/features/questionnaires/definitions.ts';
import { evaluateRelevance, type StoredAnswer } from '../../../src/features/questionnaires/relevance.ts';
import { firstOpen } from '../../../src/features/questionnaires/cursor.ts';
import { missingRequired } from '../../../src/features/questionnaires/completion.ts';
import { step, yearlessDateFor } from '../../../src/features/questionnaires/engine.ts';
import { computeResults } from '../../../src/features/questionnaires/scoring.ts';

const [q] = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));
if (!q) throw new Error('fixture missing');
const question = (id: string) => q.byId.get(id) as Question;
const today = '2026-11-29';
const text = (t: string): AnswerInput => ({ kind: 'text', text: t });
const answersOf = (values: Record<string, StoredAnswer['value']>) =>
  new Map(Object.entries(values).map(([k, value]) => [k, { value, authorId: 'p' }]));

describe('parseAnswer: every question type', () => {
  it.each([
    ['q_name', text('  État civil '), 'État civil'],
    ['q_mode', text('2'), 'concession'],
    ['q_mode', text('regie DIRECTE'), 'direct'],
    ['q_mode', text('الاستغلال المباشر'), 'direct'],
    ['q_mode', { kind: 'choice', values: ['concession'] }, 'concession'],
    ['q_staff', text('12'), 12],
    ['q_staff', text('١٢'), 12],
    ['q_staff', text('1 200'), 1200],
    ['q_contract', text('oui'), 'yes'],
    ['q_contract', text('نعم'), 'yes'],
    ['q_contract', text('Non'), 'no'],
    ['q_contract', text('2'), 'no'],
    ['q_channels', text('1,3'), ['display', 'facebook']],
    ['q_channels', text('١، ٢'), ['display', 'phone']],
    ['q_channels', text('affichage, telephone'), ['display', 'phone']],
    ['q_channels', { kind: 'choice', values: ['phone', 'facebook'] }, ['phone', 'facebook']],
    ['q_fb_delay', text('2,5'), 2.5],
    ['q_climate', text('4'), 4],
    ['q_climate', { kind: 'choice', values: ['5'] }, 5],
    ['q_date', text('15/12/2025'), '2025-12-15'],
    ['q_date', text('2025-12-15'), '2025-12-15'],
    ['q_date', text('١٥/١٢/٢٠٢٥'), '2025-12-15'],
    ['q_date', text('demain'), '2026-11-30'],
    ['q_date', text('15/12'), '2026-12-15'],
    ['q_staff', text('1.500'), 1500],
    ['q_staff', text('environ 45 agents'), 45],
    ['q_staff', text('douze'), 12],
    ['q_staff', text('اثنا عشر'), 12],
    ['q_wait_minutes', text('vingt'), 20],
    ['q_wait_minutes', text('عشرون دقيقة'), 20],
    ['q_mode', text('regie'), 'direct'],
    ['q_channels', text('aucun'), ['none']],
    ['q_wait_minutes', text('25 min'), 25],
    ['q_wait_minutes', text('non mesuré'), 'not_measured'],
    ['q_wait_minutes', text('غير مقيس'), 'not_measured'],
    ['q_wait_minutes', { kind: 'choice', values: ['not_applicable'] }, 'not_applicable'],
    ['q_photo', { kind: 'photo', fileRef: 'file-1' }, 'file-1'],
    ['q_notes', text('RAS'), 'RAS'],
  ] as [string, AnswerInput, unknown][])('%s accepts %o', (id, input, expected) => {
    expect(parseAnswer(question(id), input, { today })).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['q_name', text('   '), 'qn-text-empty'],
    ['q_name', text('.'), 'qn-text-empty'],
    ['q_name', text('... ?!'), 'qn-text-empty'],
    ['q_name', text('x'.repeat(21)), 'qn-text-too-long'],
    ['q_mode', text('3'), 'qn-invalid-choice'],
    ['q_mode', text('délégation'), 'qn-invalid-choice'],
    ['q_mode', text('1,2'), 'qn-one-choice'],
    ['q_mode', text('1 et 2'), 'qn-one-choice'],
    ['q_mode', text('١ و ٢'), 'qn-one-choice'],
    ['q_climate', text('2,4'), 'qn-one-choice'],
    ['q_staff', text('une douzaine'), 'qn-invalid-number'],
    ['q_staff', text('2.5'), 'qn-invalid-integer'],
    ['q_staff', text('-1'), 'qn-number-min'],
    ['q_staff', text('9000'), 'qn-number-max'],
    ['q_contract', text('peut-être'), 'qn-invalid-yesno'],
    ['q_channels', text('1,7'), 'qn-invalid-multiple'],
    ['q_climate', text('6'), 'qn-invalid-scale'],
    ['q_climate', text('3.5'), 'qn-invalid-scale'],
    ['q_date', text('31/02/2026'), 'qn-invalid-date'],
    ['q_date', text('bientôt'), 'qn-date-vague'], // not one day: named as such
    ['q_date', text('la semaine dernière'), 'qn-date-vague'],
    ['q_fb_delay', text('2.500'), 'qn-number-ambiguous'],
    ['q_fb_delay', text('12 à 15'), 'qn-number-range'],
    ['q_staff', text('45abc'), 'qn-invalid-number'],
    ['q_staff', text('45.000'), 'qn-number-max'],
    ['q_channels', text('1,4'), 'qn-exclusive'],
    ['q_photo', text('voilà'), 'qn-photo-expected'],
    ['q_notes', { kind: 'photo', fileRef: 'x' }, 'qn-photo-unexpected'],
  ] as [string, AnswerInput, string][])('%s refuses %o with %s', (id, input, error) => {
    const result = parseAnswer(question(id), input, { today });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toBe(error);
  });

  it('names the numbers one choice may take: 1 to the number of choices, or the scale', () => {
    expect(parseAnswer(question('q_mode'), text('1 et 2'), { today })).toMatchObject({ args: { min: 1, max: 2 } });
    expect(parseAnswer(question('q_climate'), text('2,4'), { today })).toMatchObject({ args: { min: 1, max: 5 } });
  });

  it('parses dates strictly', () => {
    const date = (t: string) => parseAnswer(question('q_date'), text(t), { today });
    expect(date('29/2/2028')).toEqual({ ok: true, value: '2028-02-29' });
    expect(date('29/2/2027').ok).toBe(false);
    expect(date('2027-13-01').ok).toBe(false);
  });
});

describe('skip logic', () => {
  it.each([
    [{ q_mode: 'concession', q_staff: 8 }, true],
    [{ q_mode: 'concession', q_staff: 3 }, false],
    [{ q_mode: 'direct', q_staff: 8 }, false],
    [{}, false],
  ])('q_contract relevant with %o → %s', (values, expected) => {
    expect(evaluateRelevance(q, answersOf(values), today).relevant.has('q_contract')).toBe(expected);
  });

  it('selected() on a multiple choice', () => {
    expect(evaluateRelevance(q, answersOf({ q_channels: ['facebook'] }), today).relevant.has('q_fb_delay')).toBe(true);
    expect(evaluateRelevance(q, answersOf({ q_channels: ['phone'] }), today).relevant.has('q_fb_delay')).toBe(false);
  });
});

describe('step: answer, constraint, back, skip, review, jump', () => {
  it('walks forward skipping questions that do not apply', () => {
    let answers = answersOf({});
    let cursor = firstOpen(q, answers, today);
    expect(cursor.at).toBe('q_name');
    const walk: [string, string][] = [
      ['Voirie', 'q_mode'],
      ['1', 'q_staff'],
      ['10', 'q_plan'],
    ];
    for (const [input, next] of walk) {
      const result = step(q, answers, cursor, { type: 'answer', input: text(input) }, 'p', today);
      expect(result.error).toBeUndefined();
      answers = new Map(answers).set(result.save?.questionId ?? '', {
        value: result.save?.value ?? null,
        authorId: 'p',
      });
      cursor = result.cursor;
      expect(cursor.at).toBe(next);
    }
  });

  it('a failed constraint gives the bilingual message and keeps the question; nothing to save', () => {
    const result = step(
      q,
      answersOf({ q_name: 'x', q_mode: 'direct' }),
      { at: 'q_staff' },
      { type: 'answer', input: text('0') },
      'p',
      today,
    );
    expect(result.cursor.at).toBe('q_staff');
    expect(result.save).toBeUndefined();
    expect(result.error).toEqual({ message: { fr: 'Au moins un agent.', ar: 'عون واحد على الأقل.' } });
  });

  it.each(['3', ' 12 ', '👍', '...'])('a free-text question refuses « %s » (no word), saving nothing', (typed) => {
    const result = step(q, answersOf({}), { at: 'q_name' }, { type: 'answer', input: text(typed) }, 'p', today);
    expect(result.error).toEqual({ key: 'qn-text-no-words', args: { text: typed.trim() } });
    expect(result.save).toBeUndefined();
    expect(result.cursor.at).toBe('q_name');
    // A name with a number in it is a name.
    expect(
      step(q, answersOf({}), { at: 'q_name' }, { type: 'answer', input: text('Guichet 2') }, 'p', today).save,
    ).toEqual({ questionId: 'q_name', value: 'Guichet 2' });
  });

  it('today() constraint refuses a future date', () => {
    const result = step(q, answersOf({}), { at: 'q_date' }, { type: 'answer', input: text('01/01/2030') }, 'p', today);
    expect(result.error).toEqual({ message: { fr: 'Pas dans le futur.', ar: 'ليس في المستقبل.' } });
  });

  it('/skip: refused on required questions, records a skip on optional ones', () => {
    expect(step(q, answersOf({}), { at: 'q_name' }, { type: 'skip' }, 'p', today).error).toEqual({
      key: 'qn-skip-required',
    });
    const skipped = step(
      q,
      answersOf({ q_name: 'a', q_mode: 'direct', q_staff: 2, q_plan: 'full' }),
      { at: 'q_channels' },
      { type: 'skip' },
      'p',
      today,
    );
    expect(skipped.save).toEqual({ questionId: 'q_channels', value: null });
    expect(skipped.cursor.at).toBe('q_climate');
  });

  it('/back goes to the previous applicable question, skipping non-relevant ones and notes', () => {
    const answers = answersOf({ q_name: 'a', q_mode: 'direct', q_staff: 2 });
    expect(step(q, answers, { at: 'q_plan' }, { type: 'back' }, 'p', today).cursor.at).toBe('q_staff');
    expect(step(q, answers, { at: 'q_name' }, { type: 'back' }, 'p', today).error).toEqual({ key: 'qn-back-first' });
  });

  it('review when everything is answered, jump to a number, then back to the review', () => {
    const all = answersOf({
      q_name: 'a',
      q_mode: 'direct',
      q_staff: 2,
      q_plan: 'full',
      q_channels: null,
      q_climate: 3,
      q_wait: 2,
      q_date: null,
      q_photo: null,
    });
    // In régie directe the measures section applies: after the notes comes the waiting time.
    const notes = step(q, all, { at: 'q_notes' }, { type: 'answer', input: text('ok') }, 'p', today);
    expect(notes.cursor.at).toBe('q_wait_minutes');
    const withAll = new Map([
      ...all,
      ['q_notes', { value: 'ok', authorId: 'p' }],
      ['q_wait_minutes', { value: 30, authorId: 'p' }],
      ['q_wait_minutes_source', { value: 'register', authorId: 'p' }],
    ]);
    const last = step(q, withAll, { at: 'q_problem' }, { type: 'skip' }, 'p', today);
    expect(last.cursor.at).toBe('review');
    const jumped = step(q, all, { at: 'review' }, { type: 'jump', number: 2 }, 'p', today);
    expect(jumped.cursor).toEqual({ at: 'q_mode', returnToReview: true });
    const changed = step(q, all, jumped.cursor, { type: 'answer', input: text('2') }, 'p', today);
    expect(changed.save).toEqual({ questionId: 'q_mode', value: 'concession' });
    expect(changed.cursor.at).toBe('review');
    expect(step(q, all, { at: 'review' }, { type: 'jump', number: 99 }, 'p', today).error).toEqual({
      key: 'qn-jump-invalid',
      // The waiting time and the problem are open: the source and the problem's three follow-ups
      // may still apply, and are listed.
      args: { max: 16 },
    });
  });

  it('lists required questions missing before submission', () => {
    expect(missingRequired(q, answersOf({ q_name: 'a' }), today).map((x) => x.id)).toEqual([
      'q_mode',
      'q_staff',
      'q_plan',
    ]);
    expect(missingRequired(q, answersOf({ q_name: 'a', q_mode: 'direct', q_staff: 2, q_plan: 'none' }), today)).toEqual(
      [],
    );
  });
});

describe('scoring', () => {
  it('scores dimensions 0–100 from the answers that apply, with levels, strengths and weakest', () => {
    const results = computeResults(
      q,
      answersOf({
        q_mode: 'direct',
        q_staff: 9,
        q_contract: 'yes',
        q_plan: 'partial',
        q_channels: ['display', 'facebook'],
        q_climate: 5,
        q_wait: 2,
      }),
      today,
    );
    const byId = Object.fromEntries(results.dimensions.map((d) => [d.id, d]));
    // q_contract does not apply in régie directe: planning = q_plan only = 1/2.
    expect(byId.planning).toMatchObject({ score: 50, level: 2, answered: 1 });
    // reception: channels 3/4 = 0.75, wait reversed (2 on 1..5) = 0.75 → 75.
    expect(byId.reception).toMatchObject({ score: 75, level: 3 });
    expect(byId.team).toMatchObject({ score: 100, level: 4 });
    // A strength is said only where the answers support it: objectives only "partial" here.
    expect(results.strengths).toEqual([]);
    expect(results.weakest).toEqual(['planning', 'reception']);
    const written = computeResults(q, answersOf({ q_mode: 'direct', q_staff: 9, q_plan: 'full' }), today);
    expect(written.strengths).toEqual([
      { dimensionId: 'planning', text: { fr: 'Objectifs clairs.', ar: 'أهداف واضحة.' } },
    ]);
  });

  it('leaves a dimension without answers unassessed', () => {
    const results = computeResults(q, answersOf({ q_plan: 'none' }), today);
    expect(results.dimensions.find((d) => d.id === 'team')).toMatchObject({ score: null, level: null });
    expect(results.weakest).toEqual(['planning']);
  });
});

describe('a date typed without a year is read in the year the question allows', () => {
  // Wednesday 3 December 2025: a visit of "15 déc" is last December's, a due date of "3 jan" next January's.
  const december = '2025-12-03';
  const ask = (id: string, constraint?: string) => ({
    id,
    type: 'date',
    label: { fr: id, ar: id },
    ...(constraint ? { constraint, constraintMessage: { fr: `${id} refusée.`, ar: `${id} مرفوضة.` } } : {}),
  });
  const dates = buildQuestionnaire('dates.yaml', {
    id: 'dates',
    version: 1,
    order: 1,
    title: { fr: 'Dates', ar: 'تواريخ' },
    sections: [
      {
        id: 's',
        title: { fr: 'Dates', ar: 'تواريخ' },
        questions: [
          ask('q_visit', '. <= today()'),
          ask('q_before', '. < today()'),
          ask('q_due', '. >= today()'),
          ask('q_free'),
          ask('q_start', ". = '' or . > '2025-01-01'"),
          ask('q_review', "${q_start} = '' or . > ${q_start}"),
        ],
      },
    ],
  });
  const answer = (id: string, line: string, values: Record<string, StoredAnswer['value']> = {}) =>
    step(dates, answersOf(values), { at: id }, { type: 'answer', input: text(line) }, 'p', december);

  it.each([
    ['q_visit', 'past'],
    ['q_before', 'past'],
    ['q_due', 'coming'],
    ['q_free', 'coming'],
    ['q_start', 'coming'],
  ])('%s → %s', (id, expected) => {
    expect(yearlessDateFor(dates, answersOf({}), dates.byId.get(id) as Question, december)).toBe(expected);
  });

  it.each([
    ['q_visit', '15 déc', '2024-12-15'],
    ['q_visit', '15/12', '2024-12-15'],
    ['q_visit', '15 ديسمبر', '2024-12-15'],
    ['q_visit', '١٥/١٢', '2024-12-15'],
    ['q_visit', '3 déc', '2025-12-03'], // today
    ['q_visit', '18 juin', '2025-06-18'],
    ['q_visit', 'hier', '2025-12-02'],
    ['q_before', '2/12', '2025-12-02'],
    ['q_before', '4/12', '2024-12-04'],
    ['q_due', '3 jan', '2026-01-03'],
    ['q_due', '3 جانفي', '2026-01-03'],
    ['q_due', '3/12', '2025-12-03'],
    ['q_free', '15/12', '2025-12-15'],
    ['q_free', '2/12', '2026-12-02'],
  ])('%s: %j → %s', (id, line, expected) => {
    const result = answer(id, line);
    expect(result.error).toBeUndefined();
    expect(result.save).toEqual({ questionId: id, value: expected });
  });

  it('today is included: on a question refusing today too, today typed without a year is refused, not moved', () => {
    expect(answer('q_before', '3/12').error).toEqual({ message: { fr: 'q_before refusée.', ar: 'q_before مرفوضة.' } });
  });

  it('a year typed is kept: a future one on a past-only question is refused with its message', () => {
    for (const line of ['15/12/2025', '15 décembre 2025', '15/12/25', '١٥/١٢/٢٠٢٥']) {
      const result = answer('q_visit', line);
      expect(result.save).toBeUndefined();
      expect(result.error).toEqual({ message: { fr: 'q_visit refusée.', ar: 'q_visit مرفوضة.' } });
    }
    expect(answer('q_visit', '15/12/2024').save).toEqual({ questionId: 'q_visit', value: '2024-12-15' });
  });

  it('a date to come read from words, on a past-only question, is refused naming it, never moved', () => {
    for (const line of ['lundi prochain', 'الاثنين القادم', 'tnin jey', 'demain', 'dans 3 jours']) {
      const result = answer('q_visit', line);
      expect(result.save, line).toBeUndefined();
      expect(result.error, line).toMatchObject({ key: 'qn-date-future', args: { example: '03/12/2025' } });
    }
    expect(answer('q_visit', 'lundi prochain').error).toMatchObject({ date: '2025-12-08' });
    for (const line of ['lundi dernier', 'الاثنين الماضي', 'nhar etnin elli fet'])
      expect(answer('q_visit', line).save, line).toEqual({ questionId: 'q_visit', value: '2025-12-01' });
    // A due date: « lundi prochain » is next Monday, « lundi dernier » is left to the question's constraint.
    expect(answer('q_due', 'lundi prochain').save).toEqual({ questionId: 'q_due', value: '2025-12-08' });
    expect(answer('q_due', 'lundi dernier').error).toEqual({ message: { fr: 'q_due refusée.', ar: 'q_due مرفوضة.' } });
  });

  it('a date after another answer is read as the coming one', () => {
    const values = { q_start: '2025-11-20' };
    expect(yearlessDateFor(dates, answersOf(values), dates.byId.get('q_review') as Question, december)).toBe('coming');
    expect(answer('q_review', '15 jan', values).save).toEqual({ questionId: 'q_review', value: '2026-01-15' });
  });

  it('the fixture\'s visit date (". <= today()") reads "15/12" as last December', () => {
    const result = step(q, answersOf({}), { at: 'q_date' }, { type: 'answer', input: text('15/12') }, 'p', december);
    expect(result.save).toEqual({ questionId: 'q_date', value: '2024-12-15' });
  });
});
