import type { InboundMessage, OutboundMessage, Sender } from '../../src/core/messages.ts';

let counter = 0;

export function sender(overrides: Partial<Sender> = {}): Sender {
  return { channel: 'console', externalId: 'tester', displayName: 'Testeur', ...overrides };
}

export function text(from: Sender, body: string, id = `m-${++counter}`): InboundMessage {
  return { id, from, receivedAt: new Date(), kind: 'text', text: body };
}

export function choice(from: Sender, promptId: string, values: string[], id = `m-${++counter}`): InboundMessage {
  return { id, from, receivedAt: new Date(), kind: 'choice', promptId, values };
}

/** All visible text of replies (choice labels included, one a line), joined, without direction marks. */
export function plain(replies: OutboundMessage[]): string {
  return replies
    .map((r) =>
      r.kind === 'choices'
        ? [r.text, ...r.choices.map((c) => c.label)].join('\n')
        : 'text' in r
          ? r.text
          : (r.caption ?? ''),
    )
    .join('\n')
    .replace(/[\u200e\u200f\u2066-\u2069]/g, '');
}

/** A text without its direction marks and isolates. */
export const bare = (value: string) => value.replace(/[\u200e\u200f\u2066-\u2069]/g, '');

/** The last choice list among replies (an error naming what came instead when there is none). */
export function lastChoices(replies: OutboundMessage[]): Extract<OutboundMessage, { kind: 'choices' }> {
  const list = replies.findLast((r) => r.kind === 'choices');
  if (list?.kind !== 'choices') throw new Error(`no choices in ${plain(replies)}`);
  return list;
}
