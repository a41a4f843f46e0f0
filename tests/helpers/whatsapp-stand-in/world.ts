import type { MessageContent, MessageSendOptions } from 'whatsapp-web.js';

/** One `sendMessage` call that reached WhatsApp. */
export interface SentMessage {
  chatId: string;
  content: MessageContent;
  options: MessageSendOptions | undefined;
  /** Date.now() at the send (fake when fake timers are on). */
  at: number;
}

/** WhatsApp's side of things, shared by every client of one stand-in; tests set the counters. */
export interface World {
  /** Sessions the bot's phone still links (a paired profile holds one of these tokens). */
  validSessions: Set<string>;
  sent: SentMessage[];
  /** How many next launches fail (Chromium cannot start). */
  failLaunches: number;
  /** How many next launches open a page that never loads: initialize() waits until destroy(). */
  hangsAtStart: number;
  /** Launch times of the next launches, in ms (0 when empty): a destroy() before the browser exists closes nothing. */
  launchDelaysMs: number[];
  /** How many next logins stop after `authenticated` (WhatsApp Web stuck loading the chats). */
  hangsAfterAuthenticated: number;
  /** Ids WhatsApp does not know: sending to them fails with "invalid wid". */
  unknownChats: Set<string>;
}

export function createWorld(): World {
  return {
    validSessions: new Set(),
    sent: [],
    failLaunches: 0,
    hangsAtStart: 0,
    launchDelaysMs: [],
    hangsAfterAuthenticated: 0,
    unknownChats: new Set(),
  };
}
