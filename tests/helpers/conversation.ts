import { createConversation, type Conversation } from '../../src/core/conversation.ts';
import { createI18n } from '../../src/core/i18n.ts';
import { createIdentityService } from '../../src/core/identity.ts';
import { createInbox } from '../../src/core/inbox.ts';
import type { ChannelName, CoreLink, HandleResult, InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { createRouter, type Feature } from '../../src/core/router.ts';
import { createStateStore } from '../../src/core/state.ts';
import { createBasicsFeature, fallbackReply } from '../../src/features/basics/index.ts';
import type { Logger } from '../../src/logger.ts';
import type { Db } from '../../src/persistence/prisma.ts';
import { captureLogger } from './logger.ts';

/** Hands a message to the core and gives its replies (`result` gives the whole structured result). */
export interface ReplyHandler {
  (message: InboundMessage): Promise<OutboundMessage[]>;
  result(message: InboundMessage): Promise<HandleResult>;
  conversation: Conversation;
}

/** The replies of a core's handler, for tests that look only at what was said. */
export function replying(conversation: Conversation): ReplyHandler {
  const handle = (message: InboundMessage) => conversation.handle(message).then((r) => r.replies);
  return Object.assign(handle, { result: (message: InboundMessage) => conversation.handle(message), conversation });
}

/** The real core over a real database, with the basics feature plus any test features. */
export function buildConversation(
  db: Db,
  extra: Feature[] = [],
  logger: Logger = captureLogger().logger,
): ReplyHandler {
  return replying(
    createConversation({
      db,
      i18n: createI18n(),
      identity: createIdentityService(db),
      states: createStateStore(db),
      router: createRouter([createBasicsFeature(), ...extra], fallbackReply),
      logger,
      defaultLocale: 'fr',
    }),
  );
}

/** A core for channel tests: conversation, inbox, and the link an adapter starts with. */
export function buildCore(db: Db, conversation: Conversation, logger: Logger) {
  const inbox = createInbox({ db, logger, conversation });
  const identity = createIdentityService(db);
  const link = (channel: ChannelName): CoreLink => ({
    handle: (message) => conversation.handle(message),
    current: (message) => conversation.current(message),
    inbox: (process) => inbox.open(channel, process),
    unreachable: (address) => identity.markUnreachable(address),
    healthy: () => db.$queryRaw`SELECT 1`.then(() => true),
  });
  return { inbox, link };
}
