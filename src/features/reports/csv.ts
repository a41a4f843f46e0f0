/** One CSV field: quoted when needed; a leading = + - @ is neutralised so a spreadsheet never runs it. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a UTF-8 byte-order mark, so spreadsheet software reads Arabic names right. */
export function toCsv(header: string[], rows: (string | number)[][]): Uint8Array {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
