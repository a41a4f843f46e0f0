import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { I18n, Locale } from '../../core/i18n.ts';

/** A command for the menu: its name and the catalog key of its /help line ("/lang fr|ar — …"). */
export interface MenuCommand {
  name: string;
  help?: string | undefined;
  /** Coordinator-only commands stay out of the menu everyone sees. */
  access?: string;
}

/** Telegram's menu entries in one language; the description is the /help line after its dash. */
export function menuFor(i18n: I18n, locale: Locale, commands: MenuCommand[]): BotCommand[] {
  const entries: BotCommand[] = [];
  for (const command of commands) {
    if (!command.help || command.access === 'coordinator' || !/^[a-z0-9_]{1,32}$/.test(command.name)) continue;
    const line = i18n.t(locale, command.help).replace(/[\u2066-\u2069]/g, '');
    const dash = line.search(/\s[—–-]\s/);
    const description = (dash >= 0 ? line.slice(dash + 3) : line).trim().slice(0, 256);
    if (description) entries.push({ command: command.name, description });
  }
  return entries;
}

/** The command menu in French and Arabic, plus the default one (people whose app is in another language). */
export async function setCommandMenus(
  api: Api,
  i18n: I18n,
  defaultLocale: Locale,
  commands: MenuCommand[],
): Promise<void> {
  await api.setMyCommands(menuFor(i18n, defaultLocale, commands));
  for (const locale of ['fr', 'ar'] as const) {
    await api.setMyCommands(menuFor(i18n, locale, commands), { language_code: locale });
  }
}
