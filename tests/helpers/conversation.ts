import { createConversation } from '../../src/core/conversation.ts';
import { createI18n } from '../../src/core/i18n.ts';
import { createIdentityService } from '../../src/core/identity.ts';
import { createRouter, type Feature } from '../../src/core/router.ts';
import { createStateStore } from '../../src/core/state.ts';
import { createBasicsFeature, fallbackReply } from '../../src/features/basics/index.ts';
import type { Db } from '../../src/persistence/prisma.ts';
import type { Logger } from '../../src/logger.ts';
import { captureLogger } from './logger.ts';

/** The real core over a real database, with the basics feature plus any test features. */
export function buildConversation(db: Db, extra: Feature[] = [], logger: Logger = captureLogger().logger) {
  return createConversation({
    db,
    i18n: createI18n(),
    identity: createIdentityService(db),
    states: createStateStore(db),
    router: createRouter([createBasicsFeature(), ...extra], fallbackReply),
    logger,
    defaultLocale: 'fr',
  });
}
