/**
 * Channel-neutral message contracts, owned by the core. Adapters (console, Telegram, WhatsApp)
 * turn platform updates into InboundMessage and render OutboundMessage; the core and features
 * see nothing else.
 */

import { withDirection, type Locale } from './i18n.ts';

/** Every channel the bot knows. */
export const channelNames = ['console', 'telegram', 'whatsapp'] as const;
export type ChannelName = (typeof channelNames)[number];

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
  /**
   * The language a message is written in, read from its script, when the platform reports none
   * (WhatsApp): a new person's first message sets their language with it, later ones do not.
   */
  writtenIn?: string | undefined;
}

/**
 * What a message the core cannot read was (a voice note, a sticker...), to say so by name: `voice`
 * covers audio files, `video` round video notes, `animation` GIFs, `location` venues and live positions.
 */
export const nonTextKinds = ['voice', 'video', 'animation', 'sticker', 'location', 'contact', 'call', 'other'] as const;
export type NonTextKind = (typeof nonTextKinds)[number];

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
  | (InboundBase & { kind: 'document'; fileRef: string; fileName?: string | undefined; caption?: string | undefined })
  /** A message that is no text, photo nor document: answered with what it was, never saved. */
  | (InboundBase & { kind: 'unsupported'; what: NonTextKind });

export interface Choice {
  value: string;
  label: string;
  /**
   * A short word to type instead of a number ("+", "-"): channels without buttons show it in place
   * of the choice's number, so typed numbers stay free for something else (a review's question).
   */
  key?: string;
}

export type OutboundMessage =
  /** `heading`: the first line heads the text (a question's number and place), bold where the channel can. */
  | { kind: 'text'; text: string; heading?: boolean }
  /** A short notice about the person's last action (e.g. a stale button): a toast on Telegram, text elsewhere. */
  | { kind: 'notice'; text: string }
  /**
   * A question with a closed list of answers. `promptId` ties answers to this exact prompt so a
   * tap on an old list can be recognised and refused. It is ASCII, at most 40 bytes, without `|`,
   * so an adapter can put it with a choice index in Telegram callback data (64 bytes).
   */
  | {
      kind: 'choices';
      text: string;
      promptId: string;
      choices: Choice[];
      multiple?: boolean;
      selected?: string[];
      /** Lines after the choices (help, back, pause): a channel that lists choices in the text puts them last. */
      footer?: string;
      /**
       * The prompt this list turns a page of (« Cohortes plus anciennes » tapped on `bc:coh:0`): a
       * channel that can edit the tapped message shows it there, in place of that page.
       */
      replaces?: string;
      /**
       * A pick on it once answered may reach the core again: it does nothing twice and says why (a
       * broadcast's « Envoyer » tapped twice says when it was sent). Without it, a channel that
       * knows the list was answered refuses such a pick itself with the generic stale notice.
       */
      idempotent?: boolean;
    }
  | { kind: 'document'; fileName: string; mimeType: string; data: Uint8Array; caption?: string }
  | { kind: 'image'; fileName: string; mimeType: string; data: Uint8Array; caption?: string };

/** What the core did with an inbound message. Adapters render `replies`; they never read them to guess the rest. */
export interface HandleResult {
  replies: OutboundMessage[];
  /** The choice prompt the message answered, when it was accepted as its answer (a keyboard can then show it as answered). */
  answered: {
    promptId: string;
    shown?: string;
    /** Typed words read as `shown` (« 1,2 million » → « 1 200 000 dinars »): say it back where it cannot be shown in place. */
    readBack?: boolean;
  } | null;
  /**
   * The choice prompt the message moved away from without answering it (/back, /skip, /pause, a
   * stale tap): its keyboard can go, and `shown` (« ⏭ Question passée ») be put under it.
   */
  left: { promptId: string; shown?: string } | null;
  /** The language the replies are in. */
  locale: Locale;
}

/** Hand the core an inbound message, get what it did back. */
export type InboundHandler = (message: InboundMessage) => Promise<HandleResult>;

/** A platform update as received, to be stored before the platform is told it arrived. */
export interface InboxUpdate {
  /** Platform id of the update, unique per channel (a redelivery carries the same). */
  id: string;
  /** The chat it belongs to: updates of one chat are handled one after another, in order. */
  chat: string;
  /** The update itself, as JSON-serialisable data. */
  payload: unknown;
}

/**
 * Turns one stored update into effects: parse it, `handle` the message (the core marks the update
 * handled in the same transaction as its effects), render and send the replies. For an update
 * received again after it was handled (`redelivered`), `handle` changes nothing and gives the
 * chat's current prompt; the adapter should change nothing either (a button tap is not replayed).
 */
export type InboxProcessor = (
  payload: unknown,
  handle: InboundHandler,
  redelivered: boolean,
  /**
   * The chat's current prompt (the open question) for the message's sender, nothing handled and
   * nothing for someone who never wrote: to show after an update the core does not take (a voice note).
   */
  current: InboundHandler,
) => Promise<void>;

/** A channel's inbox: updates are stored (and only then acknowledged), then processed in the background. */
export interface ChannelInbox {
  /** Stores updates in one transaction; once it resolves the platform may be told they arrived. */
  store(updates: InboxUpdate[]): Promise<void>;
}

/** What the core gives a channel adapter when it starts. */
export interface CoreLink {
  /** Handles a message that was not stored first (the console: nothing to acknowledge, nothing to redeliver). */
  handle: InboundHandler;
  /**
   * The chat's current prompt for the message's sender, nothing handled: what it would show again.
   * A channel without buttons asks it when it no longer knows the list a typed number answers.
   */
  current: InboundHandler;
  /** The inbox of this channel; stored updates are processed by `process`, in order per chat. */
  inbox(process: InboxProcessor): ChannelInbox;
  /** The platform says this address cannot be reached (bot blocked, unknown chat): bulk sends skip it. */
  unreachable(address: Address): Promise<void>;
  /** Whether the core can serve (its database answers), for health probes. */
  healthy(): Promise<boolean>;
}

/** A messaging channel. `start` resolves once the adapter takes messages. */
export interface ChannelAdapter {
  readonly name: ChannelName;
  start(core: CoreLink): Promise<void>;
  /** Sends a bulk message (reminder, broadcast) once: no pacing or retry here, the outbox does both. */
  send(to: Address, messages: OutboundMessage[], locale?: Locale): Promise<void>;
  /** Stops taking messages; what was stored is handled by the core's inbox. */
  stop(): Promise<void>;
  /** Lets go of the platform (a browser, connections) once the core has finished what was in hand. */
  close?(): Promise<void>;
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

/**
 * « ✅ 1 200 000 dinars » before the replies, for a typed answer read as something it does not say
 * (`answered.readBack`), on a channel that cannot show the answer under its question: nothing else.
 */
export function readBackReplies(result: HandleResult): OutboundMessage[] {
  const shown = result.answered?.readBack ? result.answered.shown : undefined;
  return shown === undefined ? [] : [{ kind: 'text', text: withDirection(result.locale, `✅ ${shown}`) }];
}
