import type { Prisma } from '../generated/prisma/client.ts';
import type { Locale, MessageArgs } from './i18n.ts';
import type { InboundMessage, OutboundMessage } from './messages.ts';
import type { Person, Role } from './identity.ts';
import type { ConversationData } from './state.ts';

/** What a feature handler gets: the message, who sent it, their language, state and a reply box. */
export interface Context {
  readonly message: InboundMessage;
  readonly person: Person;
  readonly locale: Locale;
  /** This chat's conversation state; mutate it, the core saves it after the handler. */
  readonly state: ConversationData;
  readonly replies: OutboundMessage[];
  t: (key: string, args?: MessageArgs) => string;
  /** Queues replies, sent in order once the handler returns. */
  reply: (...messages: OutboundMessage[]) => void;
  /** Queues a text reply from a catalog key. */
  say: (key: string, args?: MessageArgs) => void;
  /**
   * Tells the adapter this message was accepted as the answer to the choice prompt `promptId`;
   * `shown` is the answer as the person should see it under the question (« 10 minutes »);
   * `readBack` when the words typed do not say it as such (« 1,2 million »).
   */
  answered: (promptId: string, shown?: string, readBack?: boolean) => void;
  /**
   * Tells the adapter the chat moved away from the choice prompt `promptId` without answering it
   * (a command, a pause): its buttons can go; `shown` is a short line to put under it (« ⏸ En pause »).
   */
  left: (promptId: string, shown?: string) => void;
  /**
   * Queues the message's own writes (Prisma queries not awaited): the core commits them after the
   * handler, in one transaction with the chat state and the update's handled mark, so a crash
   * leaves either all of them or none. Reads in the same handler do not see them yet.
   */
  write: (...queries: Prisma.PrismaPromise<unknown>[]) => void;
  setLocale: (locale: Locale) => Promise<void>;
  hasRole: (role: Role) => boolean;
  /** Commands this person may use, in /help order (filled by the router). */
  available: readonly CommandInfo[];
  /**
   * True while the chat is in the middle of something another feature will show again after this
   * message (an open question): side prompts such as a rating are then left out (filled by the router).
   */
  busy: boolean;
}

export interface CommandInfo {
  name: string;
  access: Access;
  /** Catalog key of the one-line description shown by /help; hidden from /help when absent. */
  help?: string;
  /** Other words that run it (« echeances », « آجال »); /help lists those of the reader's language. */
  aliases?: string[];
  /**
   * Catalog key said to a team member refused a coordinator's command, naming what they can use
   * instead (« /progress » → /diagnostic and /plan); the bare refusal when absent.
   */
  refusedMember?: string;
}

/** anyone: even people not enrolled; member: people in a team (or coordinators); coordinator: coordinators. */
export type Access = 'anyone' | 'member' | 'coordinator';

export function canAccess(person: Person, access: Access): boolean {
  if (access === 'anyone') return true;
  const coordinator = person.roles.includes('coordinator');
  if (access === 'coordinator') return coordinator;
  return coordinator || person.teams.length > 0;
}
