import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/parse/date.ts';

// Wednesday 3 December 2025, 11:00 in Tunis. Last Monday is 1 December, next Monday 8 December.
const december = { now: new Date('2025-12-03T10:00:00Z'), timeZone: 'Africa/Tunis' };
const modes = [
  ['a question about the past', { ...december, withoutYear: 'past' as const }],
  ['a due date', { ...december, withoutYear: 'coming' as const }],
] as const;
const day = (date: string) => ({ ok: true, date });

describe.each(modes)('parseDate: the occurrence said in words wins, at %s', (_, options) => {
  it.each([
    ['lundi dernier', '2025-12-01'],
    ['Lundi dernier', '2025-12-01'],
    ['le lundi dernier', '2025-12-01'],
    ['mardi passé', '2025-12-02'],
    ['mardi passe', '2025-12-02'],
    ['mercredi dernier', '2025-11-26'], // today is Wednesday: a week ago
    ['vendredi dernier', '2025-11-28'],
    ['الاثنين الماضي', '2025-12-01'],
    ['يوم الاثنين الماضي', '2025-12-01'],
    ['الثلاثاء الفارط', '2025-12-02'],
    ['الجمعة اللي فات', '2025-11-28'],
    ['nhar etnin elli fet', '2025-12-01'],
    ['letnin li fet', '2025-12-01'],
    ['15 décembre dernier', '2024-12-15'],
    ['lundi prochain', '2025-12-08'],
    ['mercredi prochain', '2025-12-10'],
    ['lundi qui vient', '2025-12-08'],
    ['lundi prochain au plus tard', '2025-12-08'],
    ['الاثنين القادم', '2025-12-08'],
    ['الاثنين المقبل', '2025-12-08'],
    ['tnin jey', '2025-12-08'],
    ['2 décembre prochain', '2026-12-02'],
  ])('%j → %s', (text, date) => {
    expect(parseDate(text, options)).toEqual(day(date));
  });
});

describe.each(modes)('parseDate: days counted back from today, at %s', (_, options) => {
  it.each([
    ['hier', '2025-12-02'],
    ['avant-hier', '2025-12-01'], // not "hier" after the filler "avant"
    ['avant hier', '2025-12-01'],
    ['أمس', '2025-12-02'],
    ['أول أمس', '2025-12-01'],
    ['قبل أمس', '2025-12-01'], // not "أمس" after the filler "قبل"
    ['قبل البارح', '2025-12-01'],
    ['il y a 3 jours', '2025-11-30'],
    ['il y a une semaine', '2025-11-26'],
    ['قبل 3 أيام', '2025-11-30'],
    ['منذ 3 أيام', '2025-11-30'],
    ['قبل يومين', '2025-12-01'],
    ['منذ أسبوع', '2025-11-26'],
  ])('%j → %s', (text, date) => {
    expect(parseDate(text, options)).toEqual(day(date));
  });

  it('reads « nhar etnin » as Monday, as « nhar letnin » (« nhar » is a filler)', () => {
    const monday = options.withoutYear === 'past' ? '2025-12-01' : '2025-12-08';
    expect(parseDate('nhar etnin', options)).toEqual(day(monday));
    expect(parseDate('nhar letnin', options)).toEqual(day(monday));
  });

  it.each(['la semaine dernière', 'semaine passée', 'le mois dernier', 'الأسبوع الماضي', 'الشهر الفارط'])(
    '%j names no single day: refused as vague',
    (text) => {
      expect(parseDate(text, options)).toEqual({ ok: false, reason: 'vague' });
    },
  );
});
