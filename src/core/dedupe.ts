import type { Db } from '../persistence/prisma.ts';

/**
 * Records an inbound message id; false when it was already recorded (a redelivery), so the
 * message is handled at most once even across restarts.
 */
export async function claimMessage(db: Db, channel: string, messageId: string): Promise<boolean> {
  try {
    await db.processedMessage.create({ data: { channel, messageId } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') return false;
    throw error;
  }
}
