/**
 * A knowledge page's Markdown as document blocks (paragraphs, lists, tables), read with the
 * `marked` lexer: headings of level 2 start sub-sections, emphasis is kept as plain text.
 */
import { marked, type Token, type Tokens } from 'marked';
import type { Block, Section } from './doc-model.ts';

/** The plain text of inline tokens: "**Lean** _gaspillages_" → "Lean gaspillages". */
function plain(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((t) => {
      if ('tokens' in t && Array.isArray(t.tokens)) return plain(t.tokens, 'text' in t ? String(t.text) : '');
      if (t.type === 'br') return '\n';
      return 'text' in t ? String(t.text) : '';
    })
    .join('')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

function listItems(list: Tokens.List): string[] {
  return list.items.map((item) => plain(item.tokens, item.text).replace(/\n+/g, ' ').trim());
}

function block(token: Token): Block | null {
  switch (token.type) {
    case 'paragraph': {
      const paragraph = token as Tokens.Paragraph;
      return { type: 'paragraph', text: plain(paragraph.tokens, paragraph.text) };
    }
    case 'list': {
      const list = token as Tokens.List;
      return { type: list.ordered ? 'numbered' : 'bullets', items: listItems(list) };
    }
    case 'table': {
      const table = token as Tokens.Table;
      return {
        type: 'table',
        header: table.header.map((cell) => plain(cell.tokens, cell.text)),
        rows: table.rows.map((row) => row.map((cell) => plain(cell.tokens, cell.text))),
      };
    }
    case 'blockquote':
    case 'code':
      return { type: 'paragraph', text: String(token.text).trim() };
    case 'heading': {
      // Level 3 and below: a bold line inside the current sub-section.
      const heading = token as Tokens.Heading;
      return { type: 'paragraph', text: plain(heading.tokens, heading.text), bold: true };
    }
    default:
      return null;
  }
}

/**
 * The sections of a page body: what comes before the first "##" goes under `heading`; each "##"
 * starts a sub-section (level 2). The "#" title line is left out (the caller names the page).
 */
export function markdownSections(body: string, heading: string): Section[] {
  const sections: Section[] = [{ heading, level: 1, blocks: [] }];
  for (const token of marked.lexer(body)) {
    if (token.type === 'heading' && token.depth === 1) continue;
    if (token.type === 'heading' && token.depth === 2) {
      const heading = token as Tokens.Heading;
      sections.push({ heading: plain(heading.tokens, heading.text), level: 2, blocks: [] });
      continue;
    }
    const made = block(token);
    if (made) sections.at(-1)?.blocks.push(made);
  }
  return sections.filter((s, i) => i === 0 || s.blocks.length > 0);
}
