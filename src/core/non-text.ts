import { localeFromLanguageCode, withDirection, type I18n, type Locale, type MessageArgs } from './i18n.ts';
import type { HandleResult, InboundMessage, NonTextKind } from './messages.ts';

/** « I cannot listen to voice notes. I read texts, photos and documents: /help » in one language. */
export function nonTextHelp(t: (key: string, args?: MessageArgs) => string, what: NonTextKind): string {
  return `${t('nontext-what', { kind: what })} ${t('nontext-help')}`;
}

/**
 * The reply to a voice note, a sticker... from someone who never wrote (nobody is recorded for it):
 * in the language their platform reports, or in both when it reports none (WhatsApp).
 */
export function nonTextToStranger(
  i18n: I18n,
  message: Extract<InboundMessage, { kind: 'unsupported' }>,
  fallback: Locale,
): HandleResult {
  const known = localeFromLanguageCode(message.from.languageCode);
  const locales: Locale[] = known ? [known] : ['fr', 'ar'];
  const text = locales
    .map((locale) =>
      withDirection(
        locale,
        nonTextHelp((key, args) => i18n.t(locale, key, args), message.what),
      ),
    )
    .join('\n\n');
  return { replies: [{ kind: 'text', text }], answered: null, left: null, locale: known ?? fallback };
}
