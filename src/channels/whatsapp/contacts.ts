import type { Db } from '../../persistence/prisma.ts';

/**
 * True when this WhatsApp id has written to the bot (Identity.lastSeenAt set by the core).
 * Messaging people who never wrote first is what gets unofficial WhatsApp numbers banned.
 */
export function createContactCheck(db: Db): (externalId: string) => Promise<boolean> {
  return async (externalId) => {
    const identity = await db.identity.findUnique({
      where: { channel_externalId: { channel: 'whatsapp', externalId } },
      select: { lastSeenAt: true },
    });
    return Boolean(identity?.lastSeenAt);
  };
}
