import { channelNames, type ChannelName } from '../core/messages.ts';
import type { Db } from '../persistence/prisma.ts';
import { resolveRecipients } from './recipients.ts';

const everyChannel: ReadonlySet<ChannelName> = new Set(channelNames);

/**
 * The channel each person's messages wait for, among people reachable on none of the `connected`
 * channels but on another one: on a shared database their messages stay pending (never failed)
 * until an instance sends on that channel. People reachable on a connected channel, or on none
 * at all, are absent. Same choice of identity as the dispatcher's.
 */
export async function waitingChannels(
  db: Db,
  personIds: string[],
  connected: ReadonlySet<ChannelName>,
): Promise<Map<string, ChannelName>> {
  // The language is not used here; resolveRecipients needs a fallback.
  const served = await resolveRecipients(db, personIds, connected, 'fr');
  const rest = personIds.filter((id) => !served.has(id));
  if (rest.length === 0) return new Map();
  const anywhere = await resolveRecipients(db, rest, everyChannel, 'fr');
  return new Map([...anywhere].map(([id, to]) => [id, to.address.channel]));
}
