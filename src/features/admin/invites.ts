import { randomBytes } from 'node:crypto';
import type { Role } from '../../core/identity.ts';
import type { Db } from '../../persistence/prisma.ts';
import { grantRole } from './bootstrap.ts';

/** No 0/O or 1/I: codes are read aloud and typed on phones. */
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const defaultInviteDays = 14;
/**
 * A code lives at most about an immersion phase (three months): one made for a session or a field
 * visit should not still let people in the next year; a new code is one command away.
 */
export const maxInviteDays = 90;
export const defaultInviteUses = 30;

export function generateCode(length = 8): string {
  const bytes = randomBytes(length);
  let code = '';
  for (const byte of bytes) code += alphabet[byte % alphabet.length];
  return code;
}

/** What a person typed → the stored form (codes are case-insensitive, spaces and dashes ignored). */
export function normalizeCode(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

export interface InviteInput {
  teamId: string;
  role: Role;
  createdById: string;
  expiresAt: Date;
  maxUses: number;
}

export async function createInvite(db: Db, input: InviteInput): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const code = generateCode();
    try {
      await db.inviteCode.create({ data: { code, ...input } });
      return code;
    } catch (error) {
      // A collision in 32^8 codes is rare; try another rather than fail.
      if ((error as { code?: string }).code !== 'P2002' || attempt >= 5) throw error;
    }
  }
}

export type RedeemResult =
  | { ok: true; teamId: string; role: string; alreadyMember: boolean; roleGranted?: boolean }
  | { ok: false; reason: 'unknown' | 'expired' | 'exhausted' | 'revoked' };

type InviteRow = { expiresAt: Date; revokedAt: Date | null; uses: number; maxUses: number };

function refusal(invite: InviteRow, now: Date): RedeemResult | null {
  if (invite.revokedAt) return { ok: false, reason: 'revoked' };
  if (invite.expiresAt <= now) return { ok: false, reason: 'expired' };
  if (invite.uses >= invite.maxUses) return { ok: false, reason: 'exhausted' };
  return null;
}

/**
 * Joins a person to the code's team. The use is counted by one conditional UPDATE (still valid,
 * uses < maxUses), in the same transaction as the membership, so two people racing for the last
 * use cannot both get in, and a use is never spent without a membership.
 */
export async function redeemInvite(db: Db, rawCode: string, personId: string, now: Date): Promise<RedeemResult> {
  const code = normalizeCode(rawCode);
  const invite = code ? await db.inviteCode.findUnique({ where: { code } }) : null;
  if (!invite) return { ok: false, reason: 'unknown' };
  const member = await db.teamMember.findUnique({ where: { teamId_personId: { teamId: invite.teamId, personId } } });
  if (member) {
    // Rejoining is harmless and spends no use; but the code's role (maybe coordinator) is only
    // given while the code is valid, so an expired or revoked code grants nothing.
    const roleGranted = !refusal(invite, now) && (await grantRole(db, personId, invite.role));
    return { ok: true, teamId: invite.teamId, role: invite.role, alreadyMember: true, roleGranted };
  }
  const refused = refusal(invite, now);
  if (refused) return refused;
  return db.$transaction(async (tx) => {
    const claimed = await tx.inviteCode.updateMany({
      where: { code, revokedAt: null, expiresAt: { gt: now }, uses: { lt: db.inviteCode.fields.maxUses } },
      data: { uses: { increment: 1 } },
    });
    if (claimed.count === 0) {
      const fresh = await tx.inviteCode.findUnique({ where: { code } });
      return (fresh && refusal(fresh, now)) ?? { ok: false, reason: 'exhausted' };
    }
    await tx.teamMember.upsert({
      where: { teamId_personId: { teamId: invite.teamId, personId } },
      update: {},
      create: { teamId: invite.teamId, personId },
    });
    await tx.personRole.upsert({
      where: { personId_role: { personId, role: invite.role } },
      update: {},
      create: { personId, role: invite.role },
    });
    return { ok: true, teamId: invite.teamId, role: invite.role, alreadyMember: false };
  });
}
