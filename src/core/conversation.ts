import type { Prisma } from '../generated/prisma/client.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../persistence/prisma.ts';
import type { Context } from './context.ts';
import { cleanInbound, isTooLong, maxInboundText } from './hygiene.ts';
import {
  isLocale,
  labelDirection,
  localeFromLanguageCode,
  withDirection,
  type I18n,
  type Locale,
  type MessageArgs,
} from './i18n.ts';
import type { IdentityService, Person, Role } from './identity.ts';
import type { HandleResult, InboundMessage, OutboundMessage } from './messages.ts';
import { nonTextToStranger } from './non-text.ts';
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

/**
 * Arabic replies get a right-to-left start on every Arabic line (text, captions), and an Arabic
 * list on every choice label, Arabic or not (see labelDirection).
 */
export function applyDirection(locale: Locale, messages: OutboundMessage[]): OutboundMessage[] {
  if (locale !== 'ar') return messages;
  return messages.map((m) => {
    switch (m.kind) {
      case 'text':
      case 'notice':
        return { ...m, text: withDirection(locale, m.text) };
      case 'choices':
        return {
          ...m,
          text: withDirection(locale, m.text),
          ...(m.footer === undefined ? {} : { footer: withDirection(locale, m.footer) }),
          choices: m.choices.map((c) => ({ ...c, label: labelDirection(locale, m.text, c.label) })),
        };
      default:
        return m.caption ? { ...m, caption: withDirection(locale, m.caption) } : m;
    }
  });
}

/** The context of one message: replies, writes and the prompt it answered are collected here. */
class MessageContext implements Context {
  readonly replies: OutboundMessage[] = [];
  readonly writes: Prisma.PrismaPromise<unknown>[] = [];
  answeredPrompt: HandleResult['answered'] = null;
  leftPrompt: { promptId: string; shown?: string } | null = null;
  available: Context['available'] = [];
  busy = false;

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

  answered(promptId: string, shown?: string, readBack?: boolean): void {
    this.answeredPrompt =
      shown === undefined ? { promptId } : readBack ? { promptId, shown, readBack } : { promptId, shown };
  }

  left(promptId: string, shown?: string): void {
    this.leftPrompt = shown === undefined ? { promptId } : { promptId, shown };
  }

  write(...queries: Prisma.PrismaPromise<unknown>[]): void {
    this.writes.push(...queries);
  }

  async setLocale(next: Locale): Promise<void> {
    await this.identity.setLocale(this.person.id, next);
    this.person.locale = next;
    this.locale = next;
  }

  hasRole(role: Role): boolean {
    return this.person.roles.includes(role);
  }

  result(): HandleResult {
    return {
      replies: applyDirection(this.locale, this.replies),
      answered: this.answeredPrompt,
      left: this.leftPrompt,
      locale: this.locale,
    };
  }
}

export interface Conversation {
  /**
   * Handles one message: find the person and the chat state, route, then commit in one transaction
   * the handler's writes, the chat state (when it changed) and, for a stored update (`inboxSeq`),
   * its handled mark. Replies are returned only once that is committed. A failing handler gets a
   * short apology in the person's language (its writes are dropped) and the bot goes on.
   */
  handle(message: InboundMessage, inboxSeq?: number): Promise<HandleResult>;
  /**
   * The chat's current prompt (the open question), for an update received again after it was
   * handled or one the core does not take (a voice note); nothing for someone who never wrote.
   */
  current(message: InboundMessage): Promise<HandleResult>;
}

export function createConversation(deps: ConversationDeps): Conversation {
  const { db, i18n, identity, states, router, logger } = deps;

  // Only the key comes back: the row's payload (the whole raw update) is not read again.
  const markHandled = (seq: number) =>
    db.inboxMessage.update({ where: { seq, handledAt: null }, data: { handledAt: new Date() }, select: { seq: true } });

  async function open(message: InboundMessage, found?: Awaited<ReturnType<IdentityService['find']>>) {
    const { person, chatState } = found ?? (await identity.resolve(message.from));
    const { data: state, json: before } = states.decode(chatState);
    const ctx = new MessageContext(message, person, chooseLocale(person, deps.defaultLocale), state, i18n, identity);
    return { ctx, before };
  }

  const apology = (locale: Locale): HandleResult => ({
    replies: applyDirection(locale, [{ kind: 'text', text: i18n.t(locale, 'error-apology') }]),
    answered: null,
    left: null,
    locale,
  });

  return {
    async handle(received, inboxSeq) {
      // Every door (Telegram, WhatsApp, console, webhook) comes through here: control characters
      // (terminal escapes, NUL) never reach the database, the logs or another person's screen.
      const message = cleanInbound(received);
      const address = { channel: message.from.channel, externalId: message.from.externalId };
      let locale = localeFromLanguageCode(message.from.languageCode) ?? deps.defaultLocale;
      try {
        // A voice note or a sticker from someone who never wrote: answered, nobody recorded for it.
        if (message.kind === 'unsupported' && !(await identity.find(message.from))) {
          if (inboxSeq !== undefined) await markHandled(inboxSeq);
          return nonTextToStranger(i18n, message, locale);
        }
        const { ctx, before } = await open(message);
        locale = ctx.locale;
        if (isTooLong(message)) ctx.say('message-too-long', { max: maxInboundText });
        else await router.dispatch(ctx);
        const after = JSON.stringify(ctx.state);
        const writes = [...ctx.writes];
        if (after !== before) writes.push(states.save(address, after));
        if (inboxSeq !== undefined) writes.push(markHandled(inboxSeq));
        if (writes.length === 1) await writes[0];
        else if (writes.length > 1) await db.$transaction(writes);
        return ctx.result();
      } catch (error) {
        logger.error(
          { err: error, channel: address.channel, messageId: message.id, kind: message.kind },
          'handler failed',
        );
        // The update is handled even so: a message that fails every time must not come back at each start.
        if (inboxSeq !== undefined) {
          await db.inboxMessage
            .updateMany({ where: { seq: inboxSeq, handledAt: null }, data: { handledAt: new Date() } })
            .catch((e: unknown) => logger.error({ err: e, inboxSeq }, 'could not mark a failed update handled'));
        }
        return apology(locale);
      }
    },
    async current(received) {
      const message = cleanInbound(received);
      try {
        // Someone who never wrote has nothing open, and is not recorded by being looked at.
        const found = await identity.find(message.from);
        if (!found) return { replies: [], answered: null, left: null, locale: deps.defaultLocale };
        const { ctx } = await open(message, found);
        await router.resume(ctx);
        return ctx.result();
      } catch (error) {
        logger.error({ err: error, channel: message.from.channel, messageId: message.id }, 'current prompt failed');
        return { replies: [], answered: null, left: null, locale: deps.defaultLocale };
      }
    },
  };
}
