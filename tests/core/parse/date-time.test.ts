import { describe, expect, it } from 'vitest';
import { parseDateTime, type DateTimeResult } from '../../../src/core/parse/date.ts';

// Wednesday 11 March 2026, 00:30 in Tunis (UTC+1 all year): 23:30 UTC the day before.
const tunis = { now: new Date('2026-03-10T23:30:00Z'), timeZone: 'Africa/Tunis', defaultTime: '17:00' };

/** What a result says, readably: the local date and time read, and the instant in UTC. */
function shown(result: DateTimeResult): string {
  return result.ok ? `${result.date} ${result.time} = ${result.at.toISOString()}` : result.reason;
}

describe('parseDateTime: a day and a time of day, in Africa/Tunis', () => {
  it.each([
    ['15/12/2026 14:00', '2026-12-15 14:00 = 2026-12-15T13:00:00.000Z'],
    ['15/12/2026 14h', '2026-12-15 14:00 = 2026-12-15T13:00:00.000Z'],
    ['15/12/2026 14h30', '2026-12-15 14:30 = 2026-12-15T13:30:00.000Z'],
    ['15/12/2026 14 h 30', '2026-12-15 14:30 = 2026-12-15T13:30:00.000Z'],
    ['15/12/2026 à 17h', '2026-12-15 17:00 = 2026-12-15T16:00:00.000Z'],
    ['15/12 à 17h', '2026-12-15 17:00 = 2026-12-15T16:00:00.000Z'],
    ['14h 15/12', '2026-12-15 14:00 = 2026-12-15T13:00:00.000Z'],
    ['15 décembre à 9h', '2026-12-15 09:00 = 2026-12-15T08:00:00.000Z'],
    ['15 décembre 2026 14 heures', '2026-12-15 14:00 = 2026-12-15T13:00:00.000Z'],
    ['demain 14h', '2026-03-12 14:00 = 2026-03-12T13:00:00.000Z'],
    ['demain à 14h30', '2026-03-12 14:30 = 2026-03-12T13:30:00.000Z'],
    ['Demain à 8H', '2026-03-12 08:00 = 2026-03-12T07:00:00.000Z'],
    ['demain vers 10:15', '2026-03-12 10:15 = 2026-03-12T09:15:00.000Z'],
    ['lundi 9h', '2026-03-16 09:00 = 2026-03-16T08:00:00.000Z'],
    ['lundi à midi', '2026-03-16 12:00 = 2026-03-16T11:00:00.000Z'],
    ['dans 3 jours à 10h', '2026-03-14 10:00 = 2026-03-14T09:00:00.000Z'],
    ['demain 2pm', '2026-03-12 14:00 = 2026-03-12T13:00:00.000Z'],
    ['demain 2:30 pm', '2026-03-12 14:30 = 2026-03-12T13:30:00.000Z'],
    ['demain 12am', '2026-03-12 00:00 = 2026-03-11T23:00:00.000Z'],
    ['demain 12pm', '2026-03-12 12:00 = 2026-03-12T11:00:00.000Z'],
    ['2026-12-15 14:00', '2026-12-15 14:00 = 2026-12-15T13:00:00.000Z'],
    ['2026-12-15T14:00', '2026-12-15 14:00 = 2026-12-15T13:00:00.000Z'],
    ['غدا الساعة 14', '2026-03-12 14:00 = 2026-03-12T13:00:00.000Z'],
    ['غدا على الساعة 14', '2026-03-12 14:00 = 2026-03-12T13:00:00.000Z'],
    ['الساعة 14:30 غدا', '2026-03-12 14:30 = 2026-03-12T13:30:00.000Z'],
    ['الساعة ١٤ بعد غد', '2026-03-13 14:00 = 2026-03-13T13:00:00.000Z'],
    ['١٥ ديسمبر على الساعة ٩', '2026-12-15 09:00 = 2026-12-15T08:00:00.000Z'],
    ['الاثنين 10:00', '2026-03-16 10:00 = 2026-03-16T09:00:00.000Z'],
    ['ghodwa 14h', '2026-03-12 14:00 = 2026-03-12T13:00:00.000Z'],
  ])('%j → %s', (text, expected) => {
    expect(shown(parseDateTime(text, tunis))).toBe(expected);
  });
});

describe('parseDateTime: the default time and a time alone', () => {
  it.each([
    ['demain', '17:00', '2026-03-12 17:00 = 2026-03-12T16:00:00.000Z'],
    ['15/12/2026', '17:00', '2026-12-15 17:00 = 2026-12-15T16:00:00.000Z'],
    ['15/12/2026', '09:00', '2026-12-15 09:00 = 2026-12-15T08:00:00.000Z'],
    ['غدا', '8:30', '2026-03-12 08:30 = 2026-03-12T07:30:00.000Z'],
    // A time alone is its next occurrence: today (it is 00:30) when still to come, else tomorrow.
    ['à 17h', '17:00', '2026-03-11 17:00 = 2026-03-11T16:00:00.000Z'],
    ['14h', '17:00', '2026-03-11 14:00 = 2026-03-11T13:00:00.000Z'],
    ['00:45', '17:00', '2026-03-11 00:45 = 2026-03-10T23:45:00.000Z'],
    ['00:10', '17:00', '2026-03-12 00:10 = 2026-03-11T23:10:00.000Z'],
    ['الساعة 14', '17:00', '2026-03-11 14:00 = 2026-03-11T13:00:00.000Z'],
  ])('%j with default %s → %s', (text, defaultTime, expected) => {
    expect(shown(parseDateTime(text, { ...tunis, defaultTime }))).toBe(expected);
  });

  it('throws on a malformed default time, a programming error', () => {
    expect(() => parseDateTime('demain', { ...tunis, defaultTime: '5pm' })).toThrow(RangeError);
    expect(() => parseDateTime('demain 14h', { ...tunis, defaultTime: '25:00' })).toThrow(RangeError);
  });
});

describe('parseDateTime: other zones', () => {
  it('computes the instant in the zone given', () => {
    const paris = { ...tunis, timeZone: 'Europe/Paris' };
    expect(shown(parseDateTime('15/07/2026 14h', paris))).toBe('2026-07-15 14:00 = 2026-07-15T12:00:00.000Z');
    expect(shown(parseDateTime('15/12/2026 14h', paris))).toBe('2026-12-15 14:00 = 2026-12-15T13:00:00.000Z');
  });

  it('refuses a time the clocks skip (daylight saving starts 29 March 2026 in Paris)', () => {
    const paris = { ...tunis, timeZone: 'Europe/Paris' };
    expect(shown(parseDateTime('29/03/2026 02:30', paris))).toBe('nonexistent-time');
    expect(shown(parseDateTime('29/03/2026 03:30', paris))).toBe('2026-03-29 03:30 = 2026-03-29T01:30:00.000Z');
  });
});

describe('parseDateTime: refusals', () => {
  it.each([
    ['', 'empty'],
    ['abc', 'not-a-date'],
    ['abc 14h', 'not-a-date'],
    ['dans 2h', 'not-a-date'],
    ['demain 25h', 'invalid-time'],
    ['demain 24:00', 'invalid-time'],
    ['demain 14h75', 'invalid-time'],
    ['demain 13pm', 'invalid-time'],
    ['demain 14h ou 15h', 'several-times'],
    ['demain 14:00 16:00', 'several-times'],
    ['31/02 14h', 'invalid-date'],
    ['la semaine prochaine à 10h', 'vague'],
    ['lundi 15/12/2026 10h', 'weekday-mismatch'],
  ])('%j is refused: %s', (text, reason) => {
    expect(parseDateTime(text, tunis)).toEqual({ ok: false, reason });
  });
});

describe('parseDateTime: withoutYear', () => {
  // Wednesday 3 December 2025, 11:00 in Tunis.
  const december = { now: new Date('2025-12-03T10:00:00Z'), timeZone: 'Africa/Tunis', defaultTime: '17:00' };
  it.each([
    ['15/12 à 9h', 'coming', '2025-12-15 09:00 = 2025-12-15T08:00:00.000Z'],
    ['15/12 à 9h', 'past', '2024-12-15 09:00 = 2024-12-15T08:00:00.000Z'],
    ['3 jan 14h', 'coming', '2026-01-03 14:00 = 2026-01-03T13:00:00.000Z'],
    ['15/12/2025 9h', 'past', '2025-12-15 09:00 = 2025-12-15T08:00:00.000Z'], // a year typed is kept
  ] as const)('%j (%s) → %s', (text, withoutYear, expected) => {
    expect(shown(parseDateTime(text, { ...december, withoutYear }))).toBe(expected);
  });
});
