import { describe, expect, it } from 'vitest';
import { offsetParts, parseOffsetList } from '../../../src/features/reminders/offsets.ts';
import { parseNewDeadline } from '../../../src/features/reminders/parse.ts';
import {
  afterQuietHours,
  formatHumanDate,
  formatLocalDateTime,
  isQuiet,
  localDay,
  localParts,
  parseLocalDateTime,
  parseQuietHours,
} from '../../../src/core/time.ts';

describe('time zones', () => {
  it('shows a readable date on the 24-hour clock in both languages', () => {
    const morning = new Date('2026-01-15T09:00:00Z');
    const evening = new Date('2026-01-15T16:30:00Z');
    expect(formatHumanDate(morning, 'Africa/Tunis', 'ar')).toContain('10:00');
    expect(formatHumanDate(evening, 'Africa/Tunis', 'ar')).toContain('17:30');
    expect(formatHumanDate(evening, 'Africa/Tunis', 'fr')).toContain('17:30');
    for (const d of [morning, evening]) expect(formatHumanDate(d, 'Africa/Tunis', 'ar')).not.toMatch(/[صم]$|AM|PM/);
  });

  it.each([
    ['2025-07-01 17:00', 'Africa/Tunis', '2025-07-01T16:00:00.000Z'],
    ['2025-01-15 08:30', 'Africa/Tunis', '2025-01-15T07:30:00.000Z'],
    ['2025-07-01 17:00', 'Europe/Paris', '2025-07-01T15:00:00.000Z'], // summer time
    ['2025-01-15 17:00', 'Europe/Paris', '2025-01-15T16:00:00.000Z'],
    ['2025-07-01', 'Africa/Tunis', '2025-07-01T16:00:00.000Z'], // a date alone means 17:00
    ['2025-07-01T09:05', 'UTC', '2025-07-01T09:05:00.000Z'],
  ])('%s in %s is %s', (text, zone, iso) => {
    expect(parseLocalDateTime(text, zone)?.toISOString()).toBe(iso);
    // Shown back as JJ/MM/AAAA HH:MM, the form people type.
    const [date = '', time = '17:00'] = text.split(/[ T]/);
    const [y, m, d] = date.split('-');
    expect(formatLocalDateTime(new Date(iso), zone)).toBe(`${d}/${m}/${y} ${time}`);
  });

  it.each(['2025-02-30 10:00', '2025-13-01 10:00', '2025-07-01 24:00', '01/07/2025', 'demain'])(
    'refuses %s',
    (text) => {
      expect(parseLocalDateTime(text, 'Africa/Tunis')).toBeNull();
    },
  );

  it('knows quiet hours across midnight, in the local zone', () => {
    const quiet = parseQuietHours('21:00-08:00', 'Africa/Tunis');
    expect(isQuiet(new Date('2025-06-24T19:59:00Z'), quiet)).toBe(false); // 20:59
    expect(isQuiet(new Date('2025-06-24T20:00:00Z'), quiet)).toBe(true); // 21:00
    expect(isQuiet(new Date('2025-06-25T06:59:00Z'), quiet)).toBe(true); // 07:59
    expect(isQuiet(new Date('2025-06-25T07:00:00Z'), quiet)).toBe(false); // 08:00
    expect(afterQuietHours(new Date('2025-06-24T20:00:00Z'), quiet).toISOString()).toBe('2025-06-25T07:00:00.000Z');
    const lunch = parseQuietHours('12:00-14:00', 'Africa/Tunis');
    expect(afterQuietHours(new Date('2025-06-24T11:30:00Z'), lunch).toISOString()).toBe('2025-06-24T13:00:00.000Z');
    expect(parseQuietHours('off', 'Africa/Tunis')).toBeNull();
    expect(isQuiet(new Date(), null)).toBe(false);
  });
});

describe('offsets and /deadline arguments', () => {
  it('reads offsets in days, hours and minutes, before or after the due time', () => {
    expect(parseOffsetList('7d,3d,1d,0,-1d')).toEqual([10080, 4320, 1440, 0, -1440]);
    expect(parseOffsetList(['2h', '30m', '1j', '1w'])).toEqual([10080, 1440, 120, 30]);
    expect(parseOffsetList('7d,bientôt')).toBeNull();
    expect([10080, -1440, 120, 45, 0].map(offsetParts)).toEqual([
      { when: 'before', amount: 7, unit: 'day' },
      { when: 'after', amount: 1, unit: 'day' },
      { when: 'before', amount: 2, unit: 'hour' },
      { when: 'before', amount: 45, unit: 'minute' },
      { when: 'at', amount: 0, unit: 'minute' },
    ]);
  });

  const now = new Date('2025-06-01T08:00:00Z');

  it('refuses absurd deadlines, each with its limit: past, year 0000, ten years ahead, 11 offsets, a 201-character title', () => {
    const tz = 'Africa/Tunis';
    expect(parseNewDeadline('2025-05-31 17:00 Rapport', tz, now)).toEqual({ ok: false, error: 'deadline-in-past' });
    expect(parseNewDeadline('0000-01-01 17:00 Rapport', tz, now)).toMatchObject({ ok: false });
    expect(parseNewDeadline('31/12/2035 17:00 Rapport', tz, now)).toEqual({
      ok: false,
      error: 'deadline-too-far',
      args: { years: 5 },
    });
    expect(parseNewDeadline('2030-05-31 17:00 Rapport', tz, now)).toMatchObject({ ok: true });
    const eleven = Array.from({ length: 11 }, (_, i) => `${i + 1}d`).join(',');
    expect(parseNewDeadline(`2025-07-01 Rapport offsets=${eleven}`, tz, now)).toEqual({
      ok: false,
      error: 'deadline-too-many-offsets',
      args: { max: 10 },
    });
    expect(parseNewDeadline(`2025-07-01 ${'x'.repeat(201)}`, tz, now)).toEqual({
      ok: false,
      error: 'deadline-title-too-long',
      args: { max: 200 },
    });
    expect(parseNewDeadline(`2025-07-01 ${'x'.repeat(200)} | ${'ع'.repeat(201)}`, tz, now)).toMatchObject({
      ok: false,
      error: 'deadline-title-too-long',
    });
  });

  it('splits the date, the two titles and the options', () => {
    const parsed = parseNewDeadline(
      'team=sfax 2025-07-01 17:00 Note de cadrage | مذكرة الإطار offsets=1d,0',
      'Africa/Tunis',
      now,
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        team: 'sfax',
        offsets: [1440, 0],
        dueAt: new Date('2025-07-01T16:00:00Z'),
        titleFr: 'Note de cadrage',
        titleAr: 'مذكرة الإطار',
      },
    });
    expect(parseNewDeadline('2025-07-01 Rapport role=coordinators', 'Africa/Tunis', now)).toMatchObject({
      ok: true,
      value: { role: 'coordinator', titleFr: 'Rapport', titleAr: 'Rapport' },
    });
    // The refusal shows a valid example: four weeks ahead, never a date in the past.
    expect(parseNewDeadline('Rapport', 'Africa/Tunis', now)).toEqual({
      ok: false,
      error: 'deadline-bad-date',
      args: { example: '29/06/2025 17:00' },
    });
    expect(parseNewDeadline('2025-07-01 x role=chefs', 'Africa/Tunis', now)).toEqual({
      ok: false,
      error: 'deadline-bad-role',
    });
  });

  it.each([
    ['05/12/2025 14h Rapport final', '2025-12-05T13:00:00.000Z', 'Rapport final'],
    ['demain 17:00 Note de cadrage', '2025-06-02T16:00:00.000Z', 'Note de cadrage'],
    ['demain Note', '2025-06-02T16:00:00.000Z', 'Note'],
    ['15 déc à 9h30 Réunion', '2025-12-15T08:30:00.000Z', 'Réunion'],
    ['lundi 9h Réunion', '2025-06-02T08:00:00.000Z', 'Réunion'],
    ['15/07 Rapport', '2025-07-15T16:00:00.000Z', 'Rapport'],
    ['2025-07-01 17:00 Rapport', '2025-07-01T16:00:00.000Z', 'Rapport'],
    ['غدا 14:00 التقرير', '2025-06-02T13:00:00.000Z', 'التقرير'],
    ['١٥/٠٧/٢٠٢٥ التقرير', '2025-07-15T16:00:00.000Z', 'التقرير'],
  ])('reads the due date of "%s" as people write it elsewhere in the bot', (args, iso, title) => {
    // 2025-06-01 is a Sunday: "lundi" is the next day.
    const parsed = parseNewDeadline(args, 'Africa/Tunis', now);
    expect(parsed).toMatchObject({ ok: true, value: { titleFr: title } });
    if (parsed.ok) expect(parsed.value.dueAt.toISOString()).toBe(iso);
  });
});

describe('localDay', () => {
  it.each(['Africa/Tunis', 'UTC', 'Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kathmandu'])(
    'gives the date the zone shows, around midnight and across the years (%s)',
    (zone) => {
      const pad = (n: number) => String(n).padStart(2, '0');
      let checked = 0;
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3_600_000 + 123_456) {
        const at = new Date(t);
        const p = localParts(at, zone);
        expect(localDay(at, zone)).toBe(`${p.year}-${pad(p.month)}-${pad(p.day)}`);
        checked++;
      }
      expect(checked).toBeGreaterThan(3000);
      expect(localDay(new Date('2026-12-05T23:30:00Z'), 'Africa/Tunis')).toBe('2026-12-06');
      expect(localDay(new Date('2026-12-05T23:30:00Z'), 'UTC')).toBe('2026-12-05');
    },
  );
});
