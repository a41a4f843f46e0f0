/** Shapes recorded by the Bot API stand-in (a subset of Telegram's, enough for Jawda's tests). */

export type Params = Record<string, unknown>;

/** Every request the bot made, in arrival order, whatever its outcome. */
export interface ApiCall {
  token: string;
  method: string;
  params: Params;
  /** HTTP status the stand-in answered (200, 400, 403, 429, 5xx...); 0 when it dropped the connection. */
  status: number;
  /** Telegram's `description` when the call failed. */
  description?: string;
  /** Milliseconds since the stand-in started. */
  at: number;
}

export interface InlineButton {
  text: string;
  callback_data?: string;
}

export interface ReplyMarkup {
  inline_keyboard?: InlineButton[][];
}

export interface StoredFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** A message as the stand-in keeps it: edits are applied in place, `edits` counts them. */
export interface StoredMessage {
  message_id: number;
  chatId: number;
  /** true when the bot sent it; false for messages the simulated users sent. */
  fromBot: boolean;
  kind: 'text' | 'photo' | 'document';
  text?: string | undefined;
  caption?: string | undefined;
  parse_mode?: string | undefined;
  reply_markup?: ReplyMarkup | undefined;
  file?: StoredFile | undefined;
  date: number;
  edits: number;
  /** Milliseconds since the stand-in started. */
  at: number;
}

/** A message the bot sent (sendMessage, sendPhoto, sendDocument); later edits show in it. */
export type SentMessage = Readonly<StoredMessage>;

export interface Fault {
  /** HTTP status / Telegram error_code to answer (429, 500, 502, 403, 400...); 0 drops the connection unanswered. */
  code: number;
  /** For 429: seconds to wait, given as `parameters.retry_after`. Default 1. */
  retryAfter?: number;
  description?: string;
}

export interface RateLimit {
  /** More message sends than this within any sliding second get a 429. */
  messagesPerSecond: number;
  /** `retry_after` given with that 429, in seconds. Default 1. */
  retryAfter?: number;
  /** Also limit each chat to this many messages within any sliding second (Telegram: about 1). */
  perChatPerSecond?: number;
}

export interface Update {
  update_id: number;
  [key: string]: unknown;
}

export const messageMethods = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'copyMessage', 'forwardMessage']);

/** A parameter as text (Telegram accepts numbers where it expects strings). */
export function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === undefined || value === null ? '' : JSON.stringify(value);
}
