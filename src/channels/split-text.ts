// Long texts cut for a phone screen, the same way on every channel.

/** Cuts at most `limit` code units without breaking a surrogate pair. */
export function hardCut(text: string, limit: number): [string, string] {
  let end = limit;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return [text.slice(0, end), text.slice(end)];
}

/** Splits on the last separator that keeps the head within the limit, or hard-cuts. */
function splitOnce(text: string, limit: number): [string, string] {
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(separator, limit - separator.length);
    if (at > 0) return [text.slice(0, at), text.slice(at + separator.length)];
  }
  return hardCut(text, limit);
}

/**
 * Splits a long text into messages of at most `limit` code units, preferring paragraph
 * boundaries, then line breaks, then spaces; a short text comes back as one part.
 */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const [head, tail] = splitOnce(rest, limit);
    if (head.trim()) parts.push(head.trimEnd());
    rest = tail.replace(/^\n+/, '');
  }
  if (rest.trim() || parts.length === 0) parts.push(rest);
  return parts;
}
