// A person's name as a reader reads it. Names people gave are shown as given; the console's
// operator, when CONSOLE_OPERATOR_NAME names no one, has no name of their own and is called
// « Opérateur local » / « المشغّل المحلي » in the reader's language, never stored in one of them.

/** The console operator's stored name until CONSOLE_OPERATOR_NAME gives one: their address. */
export const unnamedOperator = 'console:operator';

/** What reads messages in one language: a conversation's context, a document's render context. */
export interface Reader {
  t(key: string): string;
}

/** `displayName` as `reader` reads it: the unnamed operator's in their language. */
export function personName(displayName: string, reader: Reader): string {
  return displayName === unnamedOperator ? reader.t('person-local-operator') : displayName;
}
