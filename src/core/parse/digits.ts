// Digit groups and separators of one typed number ("1.500.000", "45 000", "12,5", "١٬٥٠٠٫٥"),
// read exactly as strings so that no reading ever goes through a lossy float on the way.

/** A number read digit for digit: integer digits and fraction digits, both without sign. */
export interface Digits {
  int: string;
  frac: string;
}

/**
 * One token read: a single sure reading, two readings when a lone dot or comma followed by exactly
 * three digits may be a thousands or a decimal separator ("45.000"), or malformed ("1.2.3").
 */
export type DigitsReading =
  { kind: 'one'; digits: Digits } | { kind: 'two'; thousands: Digits; decimal: Digits } | { kind: 'malformed' };

/** Spaces people put between thousands: plain, no-break (U+00A0), figure, thin, narrow no-break. */
export const groupSpaces = ' \u00a0\u2007\u2009\u202f';

/**
 * Number tokens in a text. Space-grouped numbers ("1 500 000") are one token only when every group
 * after the first has exactly three digits, so "12 15" stays two numbers.
 */
export const numberToken = new RegExp(
  `\\d{1,3}(?:[${groupSpaces}]\\d{3})+(?:[.,\u066b\u066c]\\d+)*(?!\\d)|\\d+(?:[.,\u066b\u066c]\\d+)*`,
  'g',
);

const malformed: DigitsReading = { kind: 'malformed' };

/** Thousands groups are valid when the first has 1–3 digits (no leading zero) and the others exactly 3. */
function joinThousands(groups: string[]): string | null {
  const [first = '', ...rest] = groups;
  if (!/^[1-9]\d{0,2}$/.test(first) || rest.some((g) => g.length !== 3)) return null;
  return groups.join('');
}

/** Reads one token matched by `numberToken` (ASCII digits; separators as typed). */
export function readDigits(token: string): DigitsReading {
  const groups = token.split(/[^\d]/);
  const seps = [...token.replace(/\d/g, '')].map((s) => (groupSpaces.includes(s) ? ' ' : s));
  if (seps.length === 0) return { kind: 'one', digits: { int: token, frac: '' } };
  const last = seps[seps.length - 1] ?? '';
  const lastGroup = groups[groups.length - 1] ?? '';

  // Which separator, if any, is the decimal one. The Arabic decimal separator (U+066B) always is;
  // a dot or comma is when a different separator came before it ("1.500,5", "1 500,5").
  let decimal: boolean | 'maybe';
  if (seps.includes('\u066b')) {
    if (last !== '\u066b' || seps.indexOf('\u066b') !== seps.length - 1) return malformed;
    decimal = true;
  } else if (seps.length > 1 && (last === '.' || last === ',') && last !== seps[0]) decimal = true;
  else if (seps.length === 1 && (last === '.' || last === ',')) decimal = 'maybe';
  else decimal = false;

  const thousandSeps = decimal === false ? seps : seps.slice(0, -1);
  if (thousandSeps.some((s) => s !== thousandSeps[0])) return malformed;
  const intGroups = decimal === false ? groups : groups.slice(0, -1);

  if (decimal === 'maybe') {
    const [int = ''] = intGroups;
    // Thousands groups never start with 0 and never follow more than three digits: "0,500", "1500,000".
    if (lastGroup.length !== 3 || int.startsWith('0') || int.length > 3)
      return { kind: 'one', digits: { int, frac: lastGroup } };
    return { kind: 'two', thousands: { int: int + lastGroup, frac: '' }, decimal: { int, frac: lastGroup } };
  }
  const int = intGroups.length === 1 ? (intGroups[0] ?? '') : joinThousands(intGroups);
  if (int === null) return malformed;
  return { kind: 'one', digits: decimal ? { int, frac: lastGroup } : { int, frac: '' } };
}

/** Most significant digits a double keeps exactly; more would be silently rounded. */
const maxSignificantDigits = 15;

/**
 * The value of digits multiplied by 10^power (for "1,5 million"), shifting the decimal point in
 * the string rather than multiplying floats (1.1 × 10⁶ is not 1100000 in floating point).
 * Null when the value has more significant digits than a number holds exactly.
 */
export function digitsValue(digits: Digits, power = 0): number | null {
  const int = digits.int + digits.frac.slice(0, power).padEnd(power, '0');
  const frac = digits.frac.slice(power);
  const significant = (int + frac).replace(/^0+/, '').replace(/0+$/, '');
  if (significant.length > maxSignificantDigits) return null;
  return Number(frac ? `${int}.${frac}` : int);
}
