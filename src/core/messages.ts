/**
 * Channel-neutral message contracts. Adapters (console, Telegram, WhatsApp) turn platform
 * updates into InboundMessage and render OutboundMessage; the core and features see nothing else.
 */

export type ChannelName = 'console' | 'telegram' | 'whatsapp';

/** Where a message comes from or goes to: the chat of one identity on one channel. */
export interface Address {
  channel: ChannelName;
  /** Platform id of the person (Telegram user id, WhatsApp number, "operator" in the console). */
  externalId: string;
}

export interface Sender extends Address {
  displayName: string;
  /** Language code reported by the platform (e.g. "ar", "fr-FR"), when it gives one. */
  languageCode?: string | undefined;
}

interface InboundBase {
  /** Platform message id, unique per channel; used to ignore redelivered messages. */
  id: string;
  from: Sender;
  receivedAt: Date;
}

export type InboundMessage =
  | (InboundBase & { kind: 'text'; text: string })
  /** A choice picked on a rendered choice list (button tap or numbered reply). */
  | (InboundBase & { kind: 'choice'; promptId: string; values: string[] })
  | (InboundBase & { kind: 'photo'; fileRef: string; caption?: string | undefined })
  | (InboundBase & { kind: 'document'; fileRef: string; fileName?: string | undefined; caption?: string | undefined });

export interface Choice {
  value: string;
  label: string;
}

export type OutboundMessage =
  | { kind: 'text'; text: string }
  /** A short notice about the person's last action (e.g. a stale button): a toast on Telegram, text elsewhere. */
  | { kind: 'notice'; text: string }
  /**
   * A question with a closed list of answers. `promptId` ties answers to this exact prompt so a
   * tap on an old list can be recognised and refused. It is ASCII, at most 40 bytes, without `|`,
   * so an adapter can put it with a choice index in Telegram callback data (64 bytes).
   */
  | { kind: 'choices'; text: string; promptId: string; choices: Choice[]; multiple?: boolean; selected?: string[] }
  | { kind: 'document'; fileName: string; mimeType: string; data: Uint8Array; caption?: string }
  | { kind: 'image'; fileName: string; mimeType: string; data: Uint8Array; caption?: string };

/** What the core offers adapters: hand it an inbound message, get the replies back. */
export type InboundHandler = (message: InboundMessage) => Promise<OutboundMessage[]>;

/** A messaging channel. `start` resolves once the adapter takes messages; `stop` finishes what is in hand. */
export interface ChannelAdapter {
  readonly name: ChannelName;
  start(handle: InboundHandler): Promise<void>;
  send(to: Address, messages: OutboundMessage[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Thrown by `ChannelAdapter.send` when a message could not be delivered. `permanent` failures
 * (bot blocked, unknown user) must not be retried; others may be, not before `retryAfterMs`.
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SendError';
  }
}
