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

/** 10080 → "7d", -1440 → "-1d", 90 → "90m". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  if (abs === 0) return '0';
  if (abs % day === 0) return `${sign}${abs / day}d`;
  if (abs % hour === 0) return `${sign}${abs / hour}h`;
  return `${sign}${abs}m`;
}

/** Offsets as stored in a Deadline row (JSON), defensively read. */
export function storedOffsets(value: unknown): number[] {
  return Array.isArray(value)
    ? value.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    : [...defaultOffsets];
}
