import type { Address } from '../channels/types.ts';
import { hotSql } from '../persistence/hot-sql.ts';
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
  /** Saves the state, given as its JSON text; resolves to it as stored, once committed. */
  save(address: Address, json: string): Promise<{ version: number; data: string }>;
}

/** The state is read with the identity (one statement); the write is one portable upsert. */
export function createStateStore(db: Db): StateStore {
  return {
    decode(stored) {
      if (!stored) return { data: {}, json: '{}' };
      // A current state's stored text is what it would be saved as (no second serialisation).
      if (stored.version === stateVersion) return { data: JSON.parse(stored.data) as ConversationData, json: stored.data };
      // A state written by a newer or unknown version starts afresh rather than crashing the chat.
      const data = upgradeState(stored.version, JSON.parse(stored.data) as ConversationData) ?? {};
      return { data, json: JSON.stringify(data) };
    },
    async save(address, json) {
      await hotSql(db).execute`
        INSERT INTO "ConversationState" ("channel", "chatId", "version", "revision", "data", "updatedAt")
        VALUES (${address.channel}, ${address.externalId}, ${stateVersion}, 0, ${json}, ${new Date()})
        ON CONFLICT ("channel", "chatId") DO UPDATE SET
          "version" = excluded."version", "data" = excluded."data", "updatedAt" = excluded."updatedAt",
          "revision" = "ConversationState"."revision" + 1`;
      return { version: stateVersion, data: json };
    },
  };
}
