import type { Address, ChannelName } from '../core/messages.ts';
import { isLocale, localeFromLanguageCode, type Locale } from '../core/i18n.ts';
import type { Identity } from '../generated/prisma/client.ts';
import type { Db } from '../persistence/prisma.ts';
import { chunks } from '../persistence/chunks.ts';

export interface Recipient {
  address: Address;
  locale: Locale;
}

type IdentityRow = Pick<Identity, 'channel' | 'externalId' | 'lastSeenAt' | 'unreachableAt' | 'languageCode'>;

/**
 * The identity to write to: the most recently seen one that is reachable on a running channel.
 * An identity that never wrote cannot be written to (Telegram refuses), except the console's
 * local operator, who is always at the terminal.
 */
export function pickIdentity<T extends IdentityRow>(identities: T[], channels: ReadonlySet<string>): T | undefined {
  return identities
    .filter((i) => !i.unreachableAt && channels.has(i.channel) && (i.lastSeenAt || i.channel === 'console'))
    .sort((a, b) => (b.lastSeenAt?.getTime() ?? 0) - (a.lastSeenAt?.getTime() ?? 0))[0];
}

/** Address and language of each person; people with no reachable identity are absent. */
export async function resolveRecipients(
  db: Db,
  personIds: string[],
  channels: ReadonlySet<ChannelName>,
  fallback: Locale,
): Promise<Map<string, Recipient>> {
  const result = new Map<string, Recipient>();
  const people = [];
  for (const slice of chunks([...new Set(personIds)]))
    people.push(...(await db.person.findMany({ where: { id: { in: slice } }, include: { identities: true } })));
  for (const person of people) {
    const identity = pickIdentity(person.identities, channels);
    if (!identity) continue;
    const locale = isLocale(person.locale)
      ? person.locale
      : (localeFromLanguageCode(identity.languageCode) ?? fallback);
    result.set(person.id, {
      address: { channel: identity.channel as ChannelName, externalId: identity.externalId },
      locale,
    });
  }
  return result;
}
