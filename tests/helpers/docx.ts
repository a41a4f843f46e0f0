import JSZip from 'jszip';
import type { OutboundMessage } from '../../src/core/messages.ts';

/** A DOCX's text, one paragraph a line, without markup and direction marks. */
export async function docxText(data: Uint8Array): Promise<string> {
  const xml = (await (await JSZip.loadAsync(data)).file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/[\u200e\u200f\u2066-\u2069]/g, '');
}

/** The document among the replies (a test fails without one). */
export function documentIn(replies: OutboundMessage[]): Extract<OutboundMessage, { kind: 'document' }> {
  const doc = replies.find((r) => r.kind === 'document');
  if (doc?.kind !== 'document') throw new Error('no document');
  return doc;
}
