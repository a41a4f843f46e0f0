import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/parse/date.ts';

// 23:30 UTC on Tuesday 10 March 2026 is already Wednesday 11 March, 00:30, in Tunis (UTC+1):
// every relative date below is counted from Wednesday 11 March 2026.
const tunis = { now: new Date('2026-03-10T23:30:00Z'), timeZone: 'Africa/Tunis' };
const day = (date: string) => ({ ok: true, date });
const refused = (reason: string) => ({ ok: false, reason });

describe('parseDate: JJ/MM/AAAA and its variants', () => {
  it.each([
    ['15/12/2026', '2026-12-15'],
    ['15-12-2026', '2026-12-15'],
    ['15.12.2026', '2026-12-15'],
    ['5/1/2027', '2027-01-05'],
    ['05/01/2027', '2027-01-05'],
    ['15/12/26', '2026-12-15'],
    ['15/12/99', '1999-12-15'], // two-digit years more than 50 years ahead are the past century
    ['15/12/76', '2076-12-15'],
    ['15/12/77', '1977-12-15'],
    ['15/12/2020', '2020-12-15'], // a past date with its year is kept: the caller decides
    ['15/12', '2026-12-15'],
    ['15-12', '2026-12-15'],
    ['15.12', '2026-12-15'],
    ['2026-12-15', '2026-12-15'],
    ['2026/12/15', '2026-12-15'],
    ['١٥/١٢/٢٠٢٦', '2026-12-15'],
    ['١٥/١٢', '2026-12-15'],
    ['le 15/12', '2026-12-15'],
    ['avant le 15/12/2026', '2026-12-15'],
    ['15/12/2026.', '2026-12-15'],
    [' 15/12/2026 ', '2026-12-15'],
  ])('%j → %s', (text, date) => {
    expect(parseDate(text, tunis)).toEqual(day(date));
  });
});

describe('parseDate: month names', () => {
  it.each([
    ['15 déc', '2026-12-15'],
    ['15 dec', '2026-12-15'],
    ['15 déc.', '2026-12-15'],
    ['15 DÉCEMBRE', '2026-12-15'],
    ['15 décembre 2026', '2026-12-15'],
    ['15 déc. 2026', '2026-12-15'],
    ['15décembre', '2026-12-15'],
    ['1er juillet', '2026-07-01'],
    ['1er mars', '2027-03-01'], // already past this year
    ['11 mars', '2026-03-11'], // today
    ['10 mars', '2027-03-10'], // yesterday: next year
    ['3 fév 2027', '2027-02-03'],
    ['20 août', '2026-08-20'],
    ['20 aout', '2026-08-20'],
    ['15 ديسمبر', '2026-12-15'],
    ['15 ديسمبر 2026', '2026-12-15'],
    ['١٥ ديسمبر ٢٠٢٦', '2026-12-15'],
    ['15 جانفي', '2027-01-15'],
    ['1 فيفري 2027', '2027-02-01'],
    ['30 مارس', '2026-03-30'],
    ['2 أفريل', '2026-04-02'],
    ['2 افريل', '2026-04-02'],
    ['8 ماي', '2026-05-08'],
    ['8 جوان', '2026-06-08'],
    ['25 جويلية', '2026-07-25'],
    ['13 أوت', '2026-08-13'],
    ['13 اوت', '2026-08-13'],
    ['30 سبتمبر', '2026-09-30'],
    ['15 أكتوبر', '2026-10-15'],
    ['7 نوفمبر', '2026-11-07'],
    ['15 يناير', '2027-01-15'], // Middle-Eastern names too
    ['في 15 ديسمبر', '2026-12-15'],
  ])('%j → %s', (text, date) => {
    expect(parseDate(text, tunis)).toEqual(day(date));
  });
});

describe('parseDate: days named from today (Wednesday 11 March 2026 in Tunis)', () => {
  it.each([
    ["aujourd'hui", '2026-03-11'],
    ['Aujourd’hui', '2026-03-11'],
    ['demain', '2026-03-12'],
    ['Demain !', '2026-03-12'],
    ['pour demain', '2026-03-12'],
    ['après-demain', '2026-03-13'],
    ['apres demain', '2026-03-13'],
    ['hier', '2026-03-10'],
    ['dans 3 jours', '2026-03-14'],
    ['dans 3j', '2026-03-14'],
    ['dans 1 jour', '2026-03-12'],
    ["d'ici 2 semaines", '2026-03-25'],
    ['dans une semaine', '2026-03-18'],
    ['dans 30 jours', '2026-04-10'],
    ['lundi', '2026-03-16'],
    ['Lundi', '2026-03-16'],
    ['lundi prochain', '2026-03-16'],
    ['ce lundi', '2026-03-16'],
    ['mercredi', '2026-03-18'], // today is Wednesday: "mercredi" is next week's
    ['jeudi', '2026-03-12'],
    ['dimanche', '2026-03-15'],
    ['lundi 16/03', '2026-03-16'],
    ['mardi 15 décembre', '2026-12-15'],
    ['اليوم', '2026-03-11'],
    ['غدا', '2026-03-12'],
    ['غدًا', '2026-03-12'],
    ['غداً', '2026-03-12'],
    ['غدوة', '2026-03-12'],
    ['بعد غد', '2026-03-13'],
    ['بعد غدوة', '2026-03-13'],
    ['بعد 3 أيام', '2026-03-14'],
    ['بعد ٣ ايام', '2026-03-14'],
    ['بعد يومين', '2026-03-13'],
    ['بعد أسبوع', '2026-03-18'],
    ['الاثنين', '2026-03-16'],
    ['الإثنين', '2026-03-16'],
    ['يوم الاثنين', '2026-03-16'],
    ['الاثنين القادم', '2026-03-16'],
    ['الجمعة', '2026-03-13'],
    ['الأحد', '2026-03-15'],
    ['الثلاثاء 15 ديسمبر', '2026-12-15'],
    ['ghodwa', '2026-03-12'],
    ['Ghodwa', '2026-03-12'],
    ['ba3d ghodwa', '2026-03-13'],
    ['lyoum', '2026-03-11'],
    ['nhar letnin', '2026-03-16'],
  ])('%j → %s', (text, date) => {
    expect(parseDate(text, tunis)).toEqual(day(date));
  });

  it('counts from the day in the given zone, not in UTC', () => {
    const utc = { ...tunis, timeZone: 'UTC' }; // still Tuesday 10 March there
    expect(parseDate('demain', tunis)).toEqual(day('2026-03-12'));
    expect(parseDate('demain', utc)).toEqual(day('2026-03-11'));
    expect(parseDate("aujourd'hui", utc)).toEqual(day('2026-03-10'));
    expect(parseDate('mercredi', utc)).toEqual(day('2026-03-11'));
    expect(parseDate('10/03', utc)).toEqual(day('2026-03-10'));
    expect(parseDate('10/03', tunis)).toEqual(day('2027-03-10'));
  });
});

describe('parseDate: year-less dates roll to their next occurrence', () => {
  // Friday 20 November 2026, 11:00 in Tunis.
  const november = { now: new Date('2026-11-20T10:00:00Z'), timeZone: 'Africa/Tunis' };
  it.each([
    ['15/12', '2026-12-15'],
    ['20/11', '2026-11-20'],
    ['19/11', '2027-11-19'],
    ['10/01', '2027-01-10'],
    ['5 janvier', '2027-01-05'],
    ['15 ديسمبر', '2026-12-15'],
    ['31/12', '2026-12-31'],
  ])('%j → %s', (text, date) => {
    expect(parseDate(text, november)).toEqual(day(date));
  });

  it.each([
    // 29/02 exists only in leap years: never pushed years ahead, refused when the coming one has none.
    ['2027-01-10T10:00:00Z', '29/02', refused('invalid-date')],
    ['2026-11-20T10:00:00Z', '29/02', refused('invalid-date')],
    ['2027-03-10T10:00:00Z', '29/02', day('2028-02-29')],
    ['2028-01-10T10:00:00Z', '29 février', day('2028-02-29')],
    ['2028-02-29T10:00:00Z', '29/02', day('2028-02-29')],
  ])('on %s, %j → %j', (now, text, expected) => {
    expect(parseDate(text, { now: new Date(now), timeZone: 'Africa/Tunis' })).toEqual(expected);
  });
});

describe('parseDate: year-less dates asked about the past (withoutYear: past)', () => {
  // Wednesday 3 December 2025, 11:00 in Tunis: "15 déc" on a visit already made is December 2024's.
  const december = { now: new Date('2025-12-03T10:00:00Z'), timeZone: 'Africa/Tunis' };
  const past = { ...december, withoutYear: 'past' as const };
  it.each([
    ['15 déc', '2024-12-15'],
    ['15/12', '2024-12-15'],
    ['15-12', '2024-12-15'],
    ['le 15/12', '2024-12-15'],
    ['15 décembre', '2024-12-15'],
    ['١٥/١٢', '2024-12-15'],
    ['15 ديسمبر', '2024-12-15'],
    ['في 15 ديسمبر', '2024-12-15'],
    ['dimanche 15 décembre', '2024-12-15'], // the weekday is checked against the past one
    ['3 déc', '2025-12-03'], // today is included
    ['3/12', '2025-12-03'],
    ['2/12', '2025-12-02'],
    ['1er décembre', '2025-12-01'],
    ['18 juin', '2025-06-18'],
    ['18 جوان', '2025-06-18'],
    ['3 jan', '2025-01-03'],
    ['3 janfi', '2025-01-03'],
    ['4 déc', '2024-12-04'], // tomorrow: last year's
    // A year typed is kept, future or not: the question refuses it, the reader does not move it.
    ['15/12/2025', '2025-12-15'],
    ['15 décembre 2025', '2025-12-15'],
    ['15/12/25', '2025-12-15'],
    ['2025-12-15', '2025-12-15'],
    ['15 ديسمبر 2026', '2026-12-15'],
    // Days named from today are what they say.
    ['hier', '2025-12-02'],
    ["aujourd'hui", '2025-12-03'],
    ['demain', '2025-12-04'],
  ])('%j → %s', (text, date) => {
    expect(parseDate(text, past)).toEqual(day(date));
  });

  // Wednesday 3 December 2025: a weekday alone is the last one, never today (that is "aujourd'hui").
  it.each([
    ['lundi', '2025-12-01'],
    ['Lundi', '2025-12-01'],
    ['le lundi', '2025-12-01'],
    ['mardi', '2025-12-02'],
    ['mercredi', '2025-11-26'], // today is Wednesday: "mercredi" is last week's
    ['jeudi', '2025-11-27'],
    ['dimanche', '2025-11-30'],
    ['الاثنين', '2025-12-01'],
    ['الإثنين', '2025-12-01'],
    ['يوم الاثنين', '2025-12-01'],
    ['الأربعاء', '2025-11-26'],
    ['الجمعة', '2025-11-28'],
    ['nhar letnin', '2025-12-01'],
    ['tnin', '2025-12-01'],
    ['jem3a', '2025-11-28'],
  ])('a weekday alone, asked about the past: %j → %s', (text, date) => {
    expect(parseDate(text, past)).toEqual(day(date));
  });

  it('reads a weekday alone as the coming one by default and with withoutYear: coming', () => {
    for (const options of [december, { ...december, withoutYear: 'coming' as const }]) {
      expect(parseDate('lundi', options)).toEqual(day('2025-12-08'));
      expect(parseDate('mercredi', options)).toEqual(day('2025-12-10'));
      expect(parseDate('الاثنين', options)).toEqual(day('2025-12-08'));
      expect(parseDate('jeudi', options)).toEqual(day('2025-12-04'));
    }
  });

  it('reads the coming occurrence by default and with withoutYear: coming', () => {
    for (const options of [december, { ...december, withoutYear: 'coming' as const }]) {
      expect(parseDate('15 déc', options)).toEqual(day('2025-12-15'));
      expect(parseDate('2/12', options)).toEqual(day('2026-12-02'));
      expect(parseDate('3 jan', options)).toEqual(day('2026-01-03')); // a due date typed in December
      expect(parseDate('3 جانفي', options)).toEqual(day('2026-01-03'));
      expect(parseDate('3/12', options)).toEqual(day('2025-12-03'));
    }
  });

  it.each([
    // 29/02 is never moved years back either: refused when the latest 29 February is not this year's.
    ['2025-12-03T10:00:00Z', '29/02', refused('invalid-date')],
    ['2028-12-03T10:00:00Z', '29/02', day('2028-02-29')],
    ['2029-01-10T10:00:00Z', '29 février', day('2028-02-29')],
    ['2029-03-10T10:00:00Z', '29 février', refused('invalid-date')],
    ['2028-02-29T10:00:00Z', '29/02', day('2028-02-29')],
    ['2025-12-03T10:00:00Z', 'lundi 15/12', refused('weekday-mismatch')], // 15/12/2024 is a Sunday
    ['2025-12-03T10:00:00Z', '31/02', refused('invalid-date')],
  ])('on %s, %j → %j', (now, text, expected) => {
    expect(parseDate(text, { now: new Date(now), timeZone: 'Africa/Tunis', withoutYear: 'past' })).toEqual(expected);
  });

  it('counts "today" in the given zone: 23:30 UTC on 14 December is already the 15th in Tunis', () => {
    const late = { now: new Date('2025-12-14T23:30:00Z'), withoutYear: 'past' as const };
    expect(parseDate('15/12', { ...late, timeZone: 'Africa/Tunis' })).toEqual(day('2025-12-15'));
    expect(parseDate('15/12', { ...late, timeZone: 'UTC' })).toEqual(day('2024-12-15'));
  });
});

describe('parseDate: refusals', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-date'],
    ['15 12 2026', 'not-a-date'],
    ['15/12-2026', 'not-a-date'], // mixed separators
    ['15/12/202', 'not-a-date'],
    ['15/12 14h', 'not-a-date'], // a time belongs to parseDateTime
    ['12/31/2026', 'invalid-date'], // month first is not read: there is no month 31
    ['décembre 15', 'not-a-date'],
    ['31/02', 'invalid-date'],
    ['31/02/2026', 'invalid-date'],
    ['29/02/2027', 'invalid-date'],
    ['31/04/2026', 'invalid-date'],
    ['00/12/2026', 'invalid-date'],
    ['15/13/2026', 'invalid-date'],
    ['15/13', 'invalid-date'],
    ['2026-02-30', 'invalid-date'],
    ['15/12/1850', 'invalid-date'],
    ['32 décembre', 'invalid-date'],
    ['lundi 15/12/2026', 'weekday-mismatch'], // the 15th is a Tuesday
    ['الاثنين 15 ديسمبر 2026', 'weekday-mismatch'],
    ['la semaine prochaine', 'vague'],
    ['semaine prochaine', 'vague'],
    ['le mois prochain', 'vague'],
    ['fin décembre', 'vague'],
    ['bientôt', 'vague'],
    ['الأسبوع القادم', 'vague'],
    ['الشهر القادم', 'vague'],
  ])('%j is refused: %s', (text, reason) => {
    expect(parseDate(text, tunis)).toEqual(refused(reason));
  });
});

describe('parseDate: months and years from today, and parts of a month', () => {
  // Today in Tunis is Wednesday 11 March 2026.
  it.each([
    ['dans 3 mois', '2026-06-11'],
    ['il y a 2 ans', '2024-03-11'],
    ['il y a un an', '2025-03-11'],
    ['depuis 6 mois', '2025-09-11'],
    ['منذ سنتين', '2024-03-11'],
    ['منذ 2 سنوات', '2024-03-11'],
    ['منذ عام', '2025-03-11'],
    ['depuis 2 سنوات', '2024-03-11'],
    ['قبل شهرين', '2026-01-11'],
    ['بعد 3 أشهر', '2026-06-11'],
  ])('%j names no day: refused as approximate, with the day it comes to (%s)', (text, near) => {
    expect(parseDate(text, tunis)).toEqual({ ok: false, reason: 'approximate', near });
  });

  it('counts a month without its day to the month’s last one', () => {
    const endOfMay = { now: new Date('2026-05-31T10:00:00Z'), timeZone: 'Africa/Tunis' };
    expect(parseDate('il y a 3 mois', endOfMay)).toEqual({ ok: false, reason: 'approximate', near: '2026-02-28' });
  });

  it.each([
    ['fin janvier', '2027-01-31', 'end'],
    ['fin mars', '2026-03-31', 'end'],
    ['début avril', '2026-04-01', 'start'],
    ['mi-mars', '2026-03-15', 'middle'],
    ['à la fin de février', '2027-02-28', 'end'],
    ["fin d'avril 2027", '2027-04-30', 'end'],
    ['avant fin juin', '2026-06-30', 'end'],
    ['آخر جانفي', '2027-01-31', 'end'],
    ['آخر شهر ماي', '2026-05-31', 'end'],
    ['موفى جوان', '2026-06-30', 'end'],
    ['أواخر ديسمبر', '2026-12-31', 'end'],
    ['بداية أفريل', '2026-04-01', 'start'],
    ['منتصف فيفري', '2027-02-15', 'middle'],
    // Mixed, as Tunisians often write.
    ['fin جانفي', '2027-01-31', 'end'],
    ['آخر janvier', '2027-01-31', 'end'],
  ])('with monthParts, %j is %s (its next occurrence, today included)', (text, date, part) => {
    expect(parseDate(text, { ...tunis, monthParts: true })).toEqual({ ok: true, date, part });
  });

  it('a part of the current month already gone is not next year’s: it is refused with this month’s day', () => {
    const sixthOfDecember = { now: new Date('2026-12-06T10:00:00Z'), timeZone: 'Africa/Tunis', monthParts: true };
    expect(parseDate('début décembre', sixthOfDecember)).toEqual({
      ok: false,
      reason: 'part-passed',
      near: '2026-12-01',
    });
    expect(parseDate('بداية ديسمبر', sixthOfDecember)).toEqual({
      ok: false,
      reason: 'part-passed',
      near: '2026-12-01',
    });
    expect(parseDate('mi-décembre', sixthOfDecember)).toEqual({ ok: true, date: '2026-12-15', part: 'middle' });
    expect(parseDate('début décembre 2027', sixthOfDecember)).toEqual({ ok: true, date: '2027-12-01', part: 'start' });
    expect(parseDate('début novembre', sixthOfDecember)).toEqual({ ok: true, date: '2027-11-01', part: 'start' });
  });

  it('without monthParts, a part of a month stays vague; with it, other periods still are', () => {
    expect(parseDate('fin janvier', tunis)).toEqual(refused('vague'));
    expect(parseDate('fin de semaine', { ...tunis, monthParts: true })).toEqual(refused('vague'));
    expect(parseDate('début du mois', { ...tunis, monthParts: true })).toEqual(refused('vague'));
  });
});
