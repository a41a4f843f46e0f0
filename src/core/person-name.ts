// A person's name as a reader reads it. Names people gave are shown as given; the console's
// operator, when CONSOLE_OPERATOR_NAME names no one, has no name of their own and is called
// « Opérateur local » / « المشغّل المحلي » in the reader's language, never stored in one of them.
// Someone added by address (COORDINATORS, /promote telegram:123) is stored under that address until
// they write, and read as « (pas encore inscrit) telegram:123 » / « (لم يسجّل بعد) telegram:123 ».
import type { MessageArgs } from './i18n.ts';
import { channelNames, type Address } from './messages.ts';

/** The console operator's stored name until CONSOLE_OPERATOR_NAME gives one: their address. */
export const unnamedOperator = 'console:operator';

/** The name stored for someone added by address, until their first message brings theirs. */
export function placeholderName(address: Address): string {
  return `${address.channel}:${address.externalId}`;
}

const placeholder = new RegExp(`^(?:${channelNames.join('|')}):\\S+$`);

/** What reads messages in one language: a conversation's context, a document's render context. */
export interface Reader {
  t(key: string, args?: MessageArgs): string;
}

/**
 * `displayName` as `reader` reads it: the unnamed operator's in their language, an address standing
 * for a name said to be one.
 */
export function personName(displayName: string, reader: Reader): string {
  if (displayName === unnamedOperator) return reader.t('person-local-operator');
  return placeholder.test(displayName) ? reader.t('person-not-registered', { address: displayName }) : displayName;
}

/**
 * `displayName` where the person's addresses are printed beside it (/people, /promote's list): an
 * address standing for a name is said « (pas encore inscrit) » alone, not printed twice.
 */
export function personNameBesideAddress(displayName: string, reader: Reader): string {
  const unregistered = displayName !== unnamedOperator && placeholder.test(displayName);
  return unregistered ? reader.t('person-not-registered-yet') : personName(displayName, reader);
}
