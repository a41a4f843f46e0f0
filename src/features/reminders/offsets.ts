// Reminder offsets are stored in minutes before the due time (negative = after it).

const minute = 1;
const hour = 60 * minute;
const day = 24 * hour;

/** 7 days, 3 days, 1 day before, at the due time, and 1 day late (only for those not done). */
export const defaultOffsets: readonly number[] = [7 * day, 3 * day, day, 0, -day];

const units: Record<string, number> = { d: day, j: day, h: hour, m: minute, w: 7 * day, s: 7 * day };

/** "7d", "3j", "2h", "30m", "0", "-1d" → minutes; null when unreadable. */
export function parseOffset(token: string): number | null {
  const match = /^([+-]?)(\d{1,4})([a-z]?)$/i.exec(token.trim());
  if (!match) return null;
  const [, sign, digits, unit] = match;
  const n = Number(digits);
  const factor = unit ? units[unit.toLowerCase()] : n === 0 ? 1 : day;
  if (factor === undefined) return null;
  const value = n * factor;
  return sign === '-' ? -value : value;
}

/** "7d,3d,1d,0,-1d" or ["7d", "3d"] → distinct minutes, largest first; null if any is unreadable. */
export function parseOffsetList(input: string | readonly string[]): number[] | null {
  const tokens = typeof input === 'string' ? input.split(/[,;\s]+/).filter(Boolean) : input;
  if (tokens.length === 0) return null;
  const values: number[] = [];
  for (const token of tokens) {
    const value = parseOffset(token);
    if (value === null) return null;
    values.push(value);
  }
  return [...new Set(values)].sort((a, b) => b - a);
}

/** An offset as words say it: 10080 → 7 days before, 0 → at the due time, -90 → 90 minutes after. */
export function offsetParts(minutes: number): {
  when: 'before' | 'at' | 'after';
  amount: number;
  unit: 'day' | 'hour' | 'minute';
} {
  const abs = Math.abs(minutes);
  const when = minutes > 0 ? 'before' : minutes < 0 ? 'after' : 'at';
  if (abs > 0 && abs % day === 0) return { when, amount: abs / day, unit: 'day' };
  if (abs > 0 && abs % hour === 0) return { when, amount: abs / hour, unit: 'hour' };
  return { when, amount: abs, unit: 'minute' };
}

/** Offsets as stored in a Deadline row (JSON), defensively read. */
export function storedOffsets(value: unknown): number[] {
  return Array.isArray(value)
    ? value.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    : [...defaultOffsets];
}
