import type { Locale } from '../core/i18n.ts';
import type { OutboundMessage } from '../core/messages.ts';

/** An outbox row as the dispatcher reads it. */
export interface OutboxRow {
  id: string;
  kind: string;
  personId: string;
  payload: unknown;
  notBefore: Date;
}

/** What a row says when its turn comes, or why it is not sent at all. */
export type Content = { messages: OutboundMessage[] } | { skip: string };

export interface ContentLoader {
  load(row: OutboxRow, locale: Locale, now: Date): Promise<Content>;
}

/** Makes a loader for one batch of rows (it may keep what it looked up for the batch). */
export type ContentSource = () => ContentLoader;
