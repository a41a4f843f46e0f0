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
