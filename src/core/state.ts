import type { Address } from './messages.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db } from '../persistence/prisma.ts';

/** Shape version of the stored conversation state; bump it and add an upgrade step when it changes. */
export const stateVersion = 1;

export type ConversationData = Record<string, unknown>;

/** Upgrades from version N to N+1, so conversations in progress survive a deploy. */
const upgrades: Record<number, (data: ConversationData) => ConversationData> = {};

export function upgradeState(version: number, data: ConversationData): ConversationData | null {
  let current = data;
  for (let v = version; v < stateVersion; v++) {
    const step = upgrades[v];
    if (!step) return null;
    current = step(current);
  }
  return version > stateVersion ? null : current;
}

export interface StateStore {
  /**
   * Decodes a stored state (read with the identity); unknown or newer versions start afresh.
   * `json` is the state as it would be saved now, to tell afterwards whether it changed.
   */
  decode(stored: { version: number; data: string } | null): { data: ConversationData; json: string };
  /** The write that saves the state, given as its JSON text (run in the message's transaction). */
  save(address: Address, json: string): Prisma.PrismaPromise<unknown>;
}

/** The state is read with the identity (one statement); the write is one upsert. */
export function createStateStore(db: Db): StateStore {
  return {
    decode(stored) {
      if (!stored) return { data: {}, json: '{}' };
      // A current state's stored text is what it would be saved as (no second serialisation).
      if (stored.version === stateVersion)
        return { data: JSON.parse(stored.data) as ConversationData, json: stored.data };
      // A state written by a newer or unknown version starts afresh rather than crashing the chat.
      const data = upgradeState(stored.version, JSON.parse(stored.data) as ConversationData) ?? {};
      return { data, json: JSON.stringify(data) };
    },
    save(address, json) {
      const key = { channel: address.channel, chatId: address.externalId };
      return db.conversationState.upsert({
        where: { channel_chatId: key },
        create: { ...key, version: stateVersion, data: json },
        update: { version: stateVersion, data: json, revision: { increment: 1 } },
        select: { revision: true },
      });
    },
  };
}
