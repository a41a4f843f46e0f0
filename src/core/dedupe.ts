import { hotSql } from '../persistence/hot-sql.ts';
import type { Db } from '../persistence/prisma.ts';

/**
 * Records an inbound message id; false when it was already recorded (a redelivery), so the
 * message is handled at most once even across restarts. One portable statement (SQLite and
 * PostgreSQL both know ON CONFLICT): this runs for every message.
 */
export async function claimMessage(db: Db, channel: string, messageId: string): Promise<boolean> {
  const inserted = await hotSql(db).execute`
    INSERT INTO "ProcessedMessage" ("channel", "messageId", "processedAt")
    VALUES (${channel}, ${messageId}, ${new Date()})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/** How long a message id is remembered: far beyond any redelivery (Telegram keeps updates 24 h). */
export const processedRetentionMs = 7 * 24 * 60 * 60 * 1000;

/** Forgets message ids recorded before `before` (the table would otherwise grow forever). */
export async function pruneProcessedMessages(db: Db, before: Date): Promise<number> {
  const { count } = await db.processedMessage.deleteMany({ where: { processedAt: { lt: before } } });
  return count;
}
