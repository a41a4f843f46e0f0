// The knowledge service over the real knowledge/ base and a test database, for one test file:
// created before its tests, its database dropped after them.
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createConversation } from '../../src/core/conversation.ts';
import { createI18n, type Locale } from '../../src/core/i18n.ts';
import { createIdentityService } from '../../src/core/identity.ts';
import { createRouter } from '../../src/core/router.ts';
import { createStateStore } from '../../src/core/state.ts';
import { createBasicsFeature } from '../../src/features/basics/index.ts';
import { createKnowledgeFeature } from '../../src/features/knowledge/index.ts';
import { createKnowledgeService, type KnowledgeService } from '../../src/features/knowledge/service.ts';
import type { LlmSettings } from '../../src/llm/client.ts';
import { replying, type ReplyHandler } from './conversation.ts';
import { createTestDb, type TestDb } from './db.ts';
import { captureLogger } from './logger.ts';

const i18n = createI18n();
const knowledgeDir = resolve(import.meta.dirname, '../../knowledge');

/** Text without the isolation marks placed around variables. */
const unisolated = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** Registers the set-up and clean-up hooks; the returned getter gives the service inside tests. */
export function useKnowledgeService(): () => KnowledgeService {
  let testDb: TestDb | undefined;
  let service: KnowledgeService | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
    service = createKnowledgeService({
      db: testDb.db,
      i18n,
      logger: captureLogger().logger,
      knowledgeDir,
    });
  });
  afterAll(() => testDb?.cleanup());
  return () => {
    if (!service) throw new Error('the knowledge service is made before the tests');
    return service;
  };
}

/**
 * The real conversation with basics and the knowledge feature (its fallback taking free text, as in
 * src/app.ts) over the real knowledge/ base and `db`, answering with an LLM when `llm` is given.
 */
export function knowledgeConversation(db: TestDb['db'], llm?: LlmSettings) {
  const { logger } = captureLogger();
  const knowledge = createKnowledgeFeature({ db, i18n, logger, knowledgeDir, llm });
  const handle = replying(
    createConversation({
      db,
      i18n,
      identity: createIdentityService(db),
      states: createStateStore(db),
      router: createRouter([createBasicsFeature(), knowledge.feature], knowledge.fallback),
      logger,
      defaultLocale: 'fr',
    }),
  );
  return { handle, knowledge };
}

/** `knowledgeConversation` on a test database, for one test file (offline). */
export function useKnowledgeConversation(): (message: Parameters<ReplyHandler>[0]) => ReturnType<ReplyHandler> {
  let testDb: TestDb | undefined;
  let handle: ReplyHandler | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
    handle = knowledgeConversation(testDb.db).handle;
  });
  afterAll(() => testDb?.cleanup());
  return (message) => {
    if (!handle) throw new Error('the conversation is made before the tests');
    return handle(message);
  };
}

/** `question` is declined as not covered by the base, forwarded to the coordinators, with no source. */
export async function expectNotCovered(service: KnowledgeService, question: string, locale: Locale): Promise<void> {
  const reply = await service.answer(question, locale);
  expect(reply.mode).toBe('none');
  expect(unisolated(reply.text)).toContain(i18n.t(locale, 'kb-not-covered'));
  expect(reply.sources).toEqual([]);
}
