import type { Config } from '../../config.ts';
import type { TelegramMode, TelegramOptions } from './adapter.ts';

/** The adapter's options from the validated configuration (null when no token is set). */
export function telegramOptionsFrom(
  config: Config,
  deps: Pick<TelegramOptions, 'i18n' | 'logger' | 'commands'>,
): TelegramOptions | null {
  if (!config.TELEGRAM_BOT_TOKEN) return null;
  // The config schema guarantees URL and secret in webhook mode.
  const mode: TelegramMode =
    config.TELEGRAM_MODE === 'webhook'
      ? { kind: 'webhook', url: config.WEBHOOK_URL ?? '', secret: config.WEBHOOK_SECRET ?? '', port: config.PORT }
      : { kind: 'polling' };
  return {
    ...deps,
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    mode,
    defaultLocale: config.DEFAULT_LOCALE,
  };
}
