import type { Address } from '../channels/types.ts';
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

/** Reads and writes run on every message, so they are single portable SQL statements. */
export function createStateStore(db: Db): StateStore {
  return {
    async load(address) {
      const rows = await db.$queryRaw<{ version: number | bigint; data: string }[]>`
        SELECT "version", "data" FROM "ConversationState"
        WHERE "channel" = ${address.channel} AND "chatId" = ${address.externalId}`;
      const row = rows[0];
      if (!row) return {};
      // A state written by a newer or unknown version starts afresh rather than crashing the chat.
      return upgradeState(Number(row.version), JSON.parse(row.data) as ConversationData) ?? {};
    },
    async save(address, data) {
      const json = JSON.stringify(data);
      await db.$executeRaw`
        INSERT INTO "ConversationState" ("channel", "chatId", "version", "revision", "data", "updatedAt")
        VALUES (${address.channel}, ${address.externalId}, ${stateVersion}, 0, ${json}, ${new Date()})
        ON CONFLICT ("channel", "chatId") DO UPDATE SET
          "version" = excluded."version", "data" = excluded."data", "updatedAt" = excluded."updatedAt",
          "revision" = "ConversationState"."revision" + 1`;
    },
  };
}
