import type { Address } from '../channels/types.ts';
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
  load(address: Address): Promise<ConversationData>;
  save(address: Address, data: ConversationData): Promise<void>;
}

export function createStateStore(db: Db): StateStore {
  return {
    async load(address) {
      const row = await db.conversationState.findUnique({
        where: { channel_chatId: { channel: address.channel, chatId: address.externalId } },
      });
      if (!row) return {};
      // A state written by a newer or unknown version starts afresh rather than crashing the chat.
      return upgradeState(row.version, row.data as ConversationData) ?? {};
    },
    async save(address, data) {
      const key = { channel: address.channel, chatId: address.externalId };
      await db.conversationState.upsert({
        where: { channel_chatId: key },
        update: { version: stateVersion, data: data as Prisma.InputJsonObject, revision: { increment: 1 } },
        create: { ...key, version: stateVersion, data: data as Prisma.InputJsonObject },
      });
    },
  };
}
