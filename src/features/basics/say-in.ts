import type { Context } from '../../core/context.ts';
import { withDirection, type I18n, type Locale, type MessageArgs } from '../../core/i18n.ts';
import type { Reader } from '../../core/person-name.ts';

/** The language to answer a short message in: Arabic letters get Arabic, anything else the chat's language. */
export const textLocale = (text: string, locale: Locale): Locale => (/\p{Script=Arabic}/u.test(text) ? 'ar' : locale);

/**
 * Says the catalog message `key` in the language the message was written in (« شكرا » in a French
 * chat is thanked in Arabic); `args` may read the catalog in that language (a person's name).
 */
export function sayInTextLocale(
  ctx: Context,
  i18n: I18n | undefined,
  key: string,
  args: (reader: Reader) => MessageArgs = () => ({}),
): void {
  const text = ctx.message.kind === 'text' ? ctx.message.text : '';
  const locale = textLocale(text, ctx.locale);
  if (!i18n || locale === ctx.locale) return ctx.say(key, args(ctx));
  const reader: Reader = { t: (k, a) => i18n.t(locale, k, a) };
  ctx.reply({ kind: 'text', text: withDirection(locale, reader.t(key, args(reader))) });
}
