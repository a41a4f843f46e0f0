import type { Db } from '../../persistence/prisma.ts';

/** Why a bulk message may not go to a WhatsApp id; null when it may. */
export type BulkRefusal = 'never-wrote' | 'not-enrolled';
export type BulkCheck = (externalId: string) => Promise<BulkRefusal | null>;

export const bulkRefusals: Record<BulkRefusal, string> = {
  'never-wrote': 'this WhatsApp id never wrote to the bot (bulk messages go only to people who wrote first)',
  'not-enrolled': 'this person is neither in a team nor a coordinator (bulk messages go only to enrolled people)',
};

/**
 * Reminders and broadcasts go only to enrolled people (a team member or a coordinator) who have
 * written to the bot from this very WhatsApp id (Identity.lastSeenAt, set by the core). Messaging
 * people who did not write first is what gets unofficial WhatsApp numbers banned.
 */
export function createBulkCheck(db: Db): BulkCheck {
  return async (externalId) => {
    const identity = await db.identity.findUnique({
      where: { channel_externalId: { channel: 'whatsapp', externalId } },
      select: {
        lastSeenAt: true,
        person: {
          select: {
            roles: { where: { role: 'coordinator' }, select: { role: true } },
            teams: { select: { teamId: true }, take: 1 },
          },
        },
      },
    });
    if (!identity?.lastSeenAt) return 'never-wrote';
    const { roles, teams } = identity.person;
    return roles.length > 0 || teams.length > 0 ? null : 'not-enrolled';
  };
}
