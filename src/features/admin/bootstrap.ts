import type { Address, ChannelName } from '../../core/messages.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from './audit.ts';
import { placeholderName } from '../../core/person-name.ts';

const channelNames: readonly ChannelName[] = ['telegram', 'whatsapp', 'console'];
const addressPattern = /^(telegram|whatsapp|console):([^\s,:]+)$/;

/** A phone number as people write it: digits, maybe a leading "+" (international format). */
const phonePattern = /^\+?(\d{6,15})$/;

/**
 * "telegram:123" → address; null when malformed. WhatsApp people are addressed by their chat id
 * ("21612345678@c.us"), so a bare phone number ("whatsapp:+21612345678") is turned into it.
 */
export function parseAddress(text: string): Address | null {
  const match = addressPattern.exec(text.trim());
  if (!match || !channelNames.includes(match[1] as ChannelName)) return null;
  const channel = match[1] as ChannelName;
  const externalId = match[2] as string;
  const phone = channel === 'whatsapp' ? phonePattern.exec(externalId) : null;
  return { channel, externalId: phone ? `${phone[1]}@c.us` : externalId };
}

/** "telegram:123,whatsapp:216..." → addresses; throws on a malformed entry (config validates first). */
export function parseAddressList(text: string | undefined): Address[] {
  const entries = (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    const address = parseAddress(entry);
    if (!address) throw new Error(`Not an address like telegram:123: "${entry}"`);
    return address;
  });
}

/** The person behind an address, created (without a name yet) when they have never written. */
export async function personForAddress(db: Db, address: Address): Promise<string> {
  const identity = await db.identity.upsert({
    where: { channel_externalId: address },
    update: {},
    create: { ...address, person: { create: { displayName: placeholderName(address) } } },
  });
  return identity.personId;
}

/** Grants a role; true when it is new (so callers audit real changes only). */
export async function grantRole(db: Db, personId: string, role: string): Promise<boolean> {
  const existing = await db.personRole.findUnique({ where: { personId_role: { personId, role } } });
  if (existing) return false;
  await db.personRole.upsert({ where: { personId_role: { personId, role } }, update: {}, create: { personId, role } });
  return true;
}

/** COORDINATORS from the configuration become coordinators at each start (idempotent). */
export async function ensureCoordinators(db: Db, list: string | undefined): Promise<number> {
  let granted = 0;
  for (const address of parseAddressList(list)) {
    const personId = await personForAddress(db, address);
    if (await grantRole(db, personId, 'coordinator')) {
      granted++;
      await recordAudit(db, {
        actorId: null,
        action: 'coordinator.bootstrap',
        target: personId,
        details: { address: `${address.channel}:${address.externalId}` },
      });
    }
  }
  return granted;
}
