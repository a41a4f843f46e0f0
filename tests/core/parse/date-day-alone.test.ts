// A due date said as a day alone (« le 20 », « 20 », « يوم 20 », « ٢٠ »): that day of this month while
// still ahead (today included), otherwise next month's. Only where a due date is read (`dayAlone`):
// elsewhere a number alone stays « not a date ».
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/parse/date.ts';

const seventhOfDecember = { now: new Date('2026-12-07T10:00:00Z'), timeZone: 'Africa/Tunis', dayAlone: true };

describe('a day alone, for a due date', () => {
  it.each([
    ['le 20', '2026-12-20'],
    ['20', '2026-12-20'],
    ['le 7', '2026-12-07'],
    ['le 1er', '2027-01-01'],
    ['3', '2027-01-03'],
    ['يوم 20', '2026-12-20'],
    ['نهار 5', '2027-01-05'],
    ['يوم ٢٠', '2026-12-20'],
    ['le 31', '2026-12-31'],
  ])('%j on 7 December is %s', (text, date) => {
    expect(parseDate(text, seventhOfDecember)).toEqual({ ok: true, date });
  });

  it('a day the coming month lacks is the next month that has it', () => {
    const firstOfFebruary = { ...seventhOfDecember, now: new Date('2027-02-01T10:00:00Z') };
    expect(parseDate('le 30', firstOfFebruary)).toEqual({ ok: true, date: '2027-03-30' });
    expect(parseDate('le 28', firstOfFebruary)).toEqual({ ok: true, date: '2027-02-28' });
  });

  it('no such day, or no day asked: not a date', () => {
    expect(parseDate('le 32', seventhOfDecember)).toMatchObject({ ok: false });
    expect(parseDate('0', seventhOfDecember)).toMatchObject({ ok: false });
    expect(parseDate('le 20', { ...seventhOfDecember, dayAlone: false })).toEqual({ ok: false, reason: 'not-a-date' });
  });
});
