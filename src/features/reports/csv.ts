/**
 * One CSV field: quoted when it holds the separator, a quote or a line break; a leading = + - @
 * is neutralised so a spreadsheet never runs it; the catalogs' bidi isolation marks are dropped.
 */
export function csvField(value: string | number): string {
  let text = String(value).replace(/[\u2066-\u2069]/g, '');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /["\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as French and Arabic spreadsheet settings read it: fields separated by ";" (their list
 * separator, since "," is the decimal comma) and a UTF-8 byte-order mark, so Arabic names show right.
 */
export function toCsv(header: string[], rows: (string | number)[][]): Uint8Array {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(';'));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
