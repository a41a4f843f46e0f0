// How much of a phone screen a text takes: lines of a chat bubble, wrapped at spaces.

/** Characters a line of a chat bubble holds on a phone about 360 pixels wide (Telegram, WhatsApp). */
export const phoneLineWidth = 36;

const invisible = /[\u200e\u200f\u2066-\u2069]/g;

/** The bubble lines a text takes: each of its lines wrapped at spaces, a word too long cut. */
export function phoneLines(text: string, width = phoneLineWidth): number {
  let rows = 0;
  for (const line of text.replace(invisible, '').split('\n')) {
    rows++;
    let used = 0;
    for (const word of line.split(' ')) {
      let n = [...word].length;
      const need = used === 0 ? n : used + 1 + n;
      if (need <= width) {
        used = need;
        continue;
      }
      if (used > 0) rows++;
      for (; n > width; n -= width) rows++;
      used = n;
    }
  }
  return rows;
}

/** At most `max` characters, cut after a word where one ends in the second half, with "…". */
export function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  // The head ends on a whole word when a space follows it.
  const space = chars[max - 1] === ' ' ? head.length : head.lastIndexOf(' ');
  const cut = space > max / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:،؛(—–-]+$/u, '')}…`;
}
