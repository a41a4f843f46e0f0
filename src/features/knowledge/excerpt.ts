// Passages readable on a phone: Markdown markup removed, trimmed around what the question asks.
import { analyze } from './analyze.ts';

/** Markdown → plain text a chat shows well: no emphasis marks, bullets as "•", tables as lines. */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*\|?\s*:?-{3,}/.test(line)) // table separator rows
    .map((line) =>
      line
        .replace(/^\s*\|(.*)\|\s*$/, (_, cells: string) =>
          cells
            .split('|')
            .map((c) => c.trim())
            .filter(Boolean)
            .join(' — '),
        )
        .replace(/^(\s*)[-*+]\s+/, '$1• ')
        .replace(/^>\s?/, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1'),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cuts at the last sentence end (or word) before `max` characters, with an ellipsis. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentence = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('.\n'),
    head.lastIndexOf('؟ '),
    head.lastIndexOf('! '),
    head.lastIndexOf('؛ '),
  );
  if (sentence > max * 0.5) return `${head.slice(0, sentence + 1)} …`;
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > max * 0.5 ? space : max).trimEnd()} …`;
}

/**
 * The part of a passage that answers best, up to `max` chars: the whole section when it fits, its
 * beginning when the question asks for a list (steps, types), else blocks (paragraphs, list items)
 * from the one sharing most words with the question, with the sentence that introduces its list.
 */
export function excerpt(markdown: string, questionTokens: string[], max: number, fromStart = false): string {
  const blocks = plainText(markdown)
    .split(/\n+/)
    .map((b) => b.trim())
    .filter(Boolean);
  if (blocks.length === 0) return '';
  const wanted = new Set(questionTokens);
  // Distinct words: a block repeating one word of the question (« بلدية » four times) says no more.
  const scores = blocks.map((b) => new Set(analyze(b).filter((t) => wanted.has(t))).size);
  const whole = blocks.join('\n').length <= max;
  let start = whole || fromStart ? 0 : scores.indexOf(Math.max(...scores));
  // A list item is read with its lead-in ("Il repose sur :"), and from the first item if close.
  while (
    start > 0 &&
    (blocks[start]?.startsWith('•') || /^\d+[.)]/.test(blocks[start] ?? '')) &&
    (blocks[start - 1] ?? '').length < 400
  ) {
    start--;
    if (!blocks[start]?.startsWith('•') && !/^\d+[.)]/.test(blocks[start] ?? '')) break;
  }
  const out: string[] = [];
  let length = 0;
  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i] as string;
    if (length + block.length > max) {
      if (out.length === 0) out.push(cut(block, max));
      else out.push('…');
      break;
    }
    out.push(block);
    length += block.length + 1;
  }
  return out.join('\n');
}
