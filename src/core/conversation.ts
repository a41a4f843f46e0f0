import type { InboundHandler, InboundMessage, OutboundMessage } from '../channels/types.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../persistence/prisma.ts';
import type { Context } from './context.ts';
import { claimMessage } from './dedupe.ts';
import { isLocale, localeFromLanguageCode, withDirection, type I18n, type Locale, type MessageArgs } from './i18n.ts';
import type { IdentityService, Person, Role } from './identity.ts';
import type { Router } from './router.ts';
import type { ConversationData, StateStore } from './state.ts';

export interface ConversationDeps {
  db: Db;
  i18n: I18n;
  identity: IdentityService;
  states: StateStore;
  router: Router;
  logger: Logger;
  defaultLocale: Locale;
}

export function chooseLocale(person: Pick<Person, 'locale' | 'languageCode'>, fallback: Locale): Locale {
  if (isLocale(person.locale)) return person.locale;
  return localeFromLanguageCode(person.languageCode) ?? fallback;
}

/** Arabic replies get a right-to-left start on every line (text, captions and choice labels). */
export function applyDirection(locale: Locale, messages: OutboundMessage[]): OutboundMessage[] {
  if (locale !== 'ar') return messages;
  return messages.map((m) => {
    switch (m.kind) {
      case 'text':
      case 'notice':
        return { ...m, text: withDirection(locale, m.text) };
      case 'choices':
        return { ...m, text: withDirection(locale, m.text), choices: m.choices.map((c) => ({ ...c, label: withDirection(locale, c.label) })) };
      default:
        return m.caption ? { ...m, caption: withDirection(locale, m.caption) } : m;
    }
  });
}

/** The context of one message (methods on the class: nothing is created per message but the object). */
class MessageContext implements Context {
  readonly replies: OutboundMessage[] = [];
  available: Context['available'] = [];

  constructor(
    readonly message: InboundMessage,
    readonly person: Person,
    public locale: Locale,
    readonly state: ConversationData,
    private readonly i18n: I18n,
    private readonly identity: IdentityService,
  ) {}

  t(key: string, args?: MessageArgs): string {
    return this.i18n.t(this.locale, key, args);
  }

  reply(...messages: OutboundMessage[]): void {
    this.replies.push(...messages);
  }

  say(key: string, args?: MessageArgs): void {
    this.replies.push({ kind: 'text', text: this.t(key, args) });
  }

  async setLocale(next: Locale): Promise<void> {
    await this.identity.setLocale(this.person.id, next);
    this.person.locale = next;
    this.locale = next;
  }

  hasRole(role: Role): boolean {
    return this.person.roles.includes(role);
  }
}

/**
 * The core's single entry point: de-duplicate, find the person, load the chat state, route,
 * save the state, and return replies. The error boundary answers a short apology in the
 * person's language and keeps the bot going.
 */
export function createConversation(deps: ConversationDeps): InboundHandler {
  const { db, i18n, identity, states, router, logger } = deps;

  return async function handle(message: InboundMessage) {
    const address = { channel: message.from.channel, externalId: message.from.externalId };
    let locale = localeFromLanguageCode(message.from.languageCode) ?? deps.defaultLocale;
    try {
      if (!(await claimMessage(db, address.channel, message.id))) {
        logger.info({ channel: address.channel, messageId: message.id }, 'duplicate inbound message ignored');
        return [];
      }
      const { person, chatState } = await identity.resolve(message.from);
      locale = chooseLocale(person, deps.defaultLocale);
      const { data: state, json: before } = states.decode(chatState);
      const ctx = new MessageContext(message, person, locale, state, i18n, identity);
      await router.dispatch(ctx);
      const after = JSON.stringify(state);
      if (after !== before) identity.stateSaved(address, await states.save(address, after));
      return applyDirection(ctx.locale, ctx.replies);
    } catch (error) {
      logger.error({ err: error, channel: address.channel, messageId: message.id, kind: message.kind }, 'handler failed');
      return applyDirection(locale, [{ kind: 'text', text: i18n.t(locale, 'error-apology') }]);
    }
  };
}
