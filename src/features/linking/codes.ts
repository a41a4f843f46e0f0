import { toAsciiDigits } from '../../core/text.ts';
import type { Db } from '../../persistence/prisma.ts';
import { generateCode, normalizeCode } from '../admin/invites.ts';

export const linkCodeLength = 6;
export const linkCodeMinutes = 10;

/**
 * What a person typed → the stored form: case, spaces, dashes, Arabic-Indic digits and invisible
 * marks ignored (a code copied from an Arabic reply carries direction and isolation marks).
 */
export function normalizeLinkCode(text: string): string {
  return normalizeCode(toAsciiDigits(text.replace(/\p{Cf}/gu, '')));
}

/**
 * A fresh one-time code for this person, valid `linkCodeMinutes`; their older unused codes stop
 * working (one live code per person, so a code seen over someone's shoulder soon means nothing).
 */
export async function issueLinkCode(db: Db, personId: string, now: Date): Promise<string> {
  await db.linkCode.deleteMany({ where: { personId, usedAt: null } });
  const expiresAt = new Date(now.getTime() + linkCodeMinutes * 60_000);
  for (let attempt = 0; ; attempt++) {
    const code = generateCode(linkCodeLength);
    try {
      await db.linkCode.create({ data: { code, personId, expiresAt } });
      return code;
    } catch (error) {
      // A clash with an existing code (one in a billion): draw again.
      if ((error as { code?: string }).code !== 'P2002' || attempt >= 3) throw error;
    }
  }
}

export type CodeCheck = { ok: true; personId: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

export async function checkLinkCode(db: Pick<Db, 'linkCode'>, code: string, now: Date): Promise<CodeCheck> {
  const row = code ? await db.linkCode.findUnique({ where: { code } }) : null;
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.usedAt) return { ok: false, reason: 'used' };
  if (row.expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true, personId: row.personId };
}
