import { localDay } from '../../src/core/time.ts';

/** Yesterday in Tunis, as the plan writes a date (JJ/MM/AAAA). */
export function yesterdayInTunis(): string {
  const today = localDay(new Date(), 'Africa/Tunis');
  const day = new Date(
    Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)) - 1),
  );
  const [y, m, d] = day.toISOString().slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
