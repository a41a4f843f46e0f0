// A value typed with its question's unit, in any of the unit's forms and in either language, is the
// value: « 12 réclamations pour 1 000 usagers », « 3,5 كيلوواط ساعة للنقطة في السنة », « 4 نقطتين
// سوداوين », « environ 12 seances par mois ». Every unit the questionnaire files use is tried.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../src/features/questionnaires/answers.ts';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';
import { unitWords } from '../../../src/features/questionnaires/units.ts';
import { questionWith } from '../../helpers/unit-question.ts';

const today = '2026-12-05';
const used = [
  ...new Set(
    loadQuestionnaires(defaultQuestionnairesDir).flatMap((q) =>
      q.questions.flatMap((x) => ((x.type === 'number' || x.type === 'indicator') && x.unit ? [x.unit] : [])),
    ),
  ),
].sort();

/** The form as typed without accents (French) or without diacritics and hamza seats (Arabic). */
const plainForm = (form: string) =>
  form
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .normalize('NFC');

describe.each(used)('a value typed with its unit « %s »', (unit) => {
  it.each(['number', 'indicator'] as const)('is read at a %s question, in every form of the unit', (type) => {
    const question = questionWith(unit, type);
    const forms = unitWords[unit].flatMap((f) => [f, plainForm(f), f.toUpperCase()]);
    for (const form of forms)
      for (const [typed, value] of [
        [`12 ${form}`, 12],
        [`environ 12 ${form}`, 12],
        [`١٢ ${form}`, 12],
        [`3,5 ${form}`, 3.5],
        [`حوالي 40 ${form}`, 40],
      ] as const)
        expect(parseAnswer(question, { kind: 'text', text: typed }, { today }), typed).toEqual({ ok: true, value });
  });
});

describe('the long units that were refused', () => {
  it.each([
    ['complaint-per-1000-users', '12 réclamations pour 1 000 usagers', 12],
    ['complaint-per-1000-users', '12 reclamations pour 1000 usagers', 12],
    ['complaint-per-1000-users', '1 réclamation pour 1 000 usagers', 1],
    ['complaint-per-1000-users', '12 شكاوى لكل 1000 منتفع', 12],
    ['complaint-per-1000-users', '2 شكويين لكل ١٠٠٠ منتفع', 2],
    ['kwh-per-point-year', '3,5 kWh par point et par an', 3.5],
    ['kwh-per-point-year', '350 kwh par point par an', 350],
    ['kwh-per-point-year', '350 كيلوواط ساعة للنقطة في السنة', 350],
    ['black-spot', '2 نقطتين سوداوين', 2],
    ['session-per-month', '2 جلستين في الشهر', 2],
    ['m2-per-inhabitant', '12 m2 par habitant', 12],
    ['m2-per-inhabitant', '12 mètres carrés par habitant', 12],
    ['dinar-per-tonne', '85 dinars par tonne', 85],
    ['dinar-per-tonne', '85 DT/tonne', 85],
  ] as const)('%s: « %s » is %s', (unit, typed, value) => {
    expect(parseAnswer(questionWith(unit, 'indicator'), { kind: 'text', text: typed }, { today })).toEqual({
      ok: true,
      value,
    });
  });

  it('still refuses a second unit or a second number around the value', () => {
    const complaints = questionWith('complaint-per-1000-users', 'indicator');
    for (const typed of ['12 réclamations pour 1 000 usagers 3 km', '12 et 15 réclamations pour 1 000 usagers'])
      expect(parseAnswer(complaints, { kind: 'text', text: typed }, { today }), typed).toMatchObject({ ok: false });
  });
});

describe('a value typed in another unit than its question’s', () => {
  it.each([
    ['minute', '1 heure', 60],
    ['minute', '1,5 heure', 90],
    ['minute', 'ساعة ونصف', 90],
    ['minute', "un quart d'heure", 15],
    ['minute', '1h30', 90],
    ['day', '3 semaines', 21],
    ['day', 'أسبوعين', 14],
    ['dinar', '500 millimes', 0.5],
    ['inhabitant', '45 000 personnes', 45000],
  ] as const)('at a question in %s, « %s » is saved as %s', (unit, typed, value) => {
    const read = parseAnswer(questionWith(unit, 'number'), { kind: 'text', text: typed }, { today });
    if (value === null) expect(read.ok).toBe(false);
    else expect(read).toEqual({ ok: true, value });
  });

  it.each([
    ['minute', '45 agents'],
    ['minute', '3 jours'],
    ['agent', '12 minutes'],
    ['dinar', '40 %'],
    ['percent', '12 DT'],
  ] as const)('at a question in %s, « %s » is refused, never saved as the question’s unit', (unit, typed) => {
    for (const type of ['number', 'indicator'] as const)
      expect(parseAnswer(questionWith(unit, type), { kind: 'text', text: typed }, { today })).toEqual({
        ok: false,
        error: 'qn-number-other-unit',
        args: { text: typed },
      });
  });
});
