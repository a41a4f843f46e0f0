// A municipal question the base does not cover goes to the coordinators: one naming the commune's
// own vocabulary (its agents, its users, its services) by a phrase such as « agent contractuel »,
// though no page is about it, is not declined as off-topic, nor answered with the page that says
// « agents » most. One everyday word (« habitants ») is not enough to make a question municipal.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/core/i18n.ts';
import { createKnowledgeService, type KnowledgeService } from '../../../src/features/knowledge/service.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { captureLogger } from '../../helpers/logger.ts';

const i18n = createI18n();
const unisolated = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

let testDb: TestDb;
let service: KnowledgeService;
beforeAll(async () => {
  testDb = await createTestDb();
  service = createKnowledgeService({
    db: testDb.db,
    i18n,
    logger: captureLogger().logger,
    knowledgeDir: resolve(import.meta.dirname, '../../../knowledge'),
  });
});
afterAll(() => testDb.cleanup());

describe("the commune's vocabulary on a subject the base does not treat", () => {
  it.each([
    ['comment recruter un agent contractuel ?', 'fr'],
    ['comment recruter des agents contractuels ?', 'fr'],
    ['كيفاش نانتدبو عون متعاقد؟', 'ar'],
    ['كيف ننتدب الأعوان المتعاقدين؟', 'ar'],
  ] as const)('%s: not covered, forwarded to the coordinators', async (question, locale) => {
    const reply = await service.answer(question, locale);
    expect(reply.mode).toBe('none');
    expect(unisolated(reply.text)).toContain(i18n.t(locale, 'kb-not-covered'));
    expect(reply.sources).toEqual([]);
  });

  it.each([
    ['comment motiver les agents municipaux ?', 'fr'],
    ['كيف نحفز الأعوان البلديين؟', 'ar'],
  ] as const)('%s: a covered subject beside the same vocabulary is still answered', async (question, locale) => {
    const reply = await service.answer(question, locale);
    expect(reply.mode).toBe('extractive');
    expect(reply.sources[0]?.pageId).toBe('s1-motivation-equipes');
  });

  it.each([
    ['quelle est la météo demain pour les habitants de Tunis ?', 'fr'],
    ['quel est le salaire d’un employé de banque ?', 'fr'],
  ] as const)('%s: one everyday word of the glossary is no municipal question', async (question, locale) => {
    const reply = await service.answer(question, locale);
    expect(reply.mode).toBe('declined');
  });
});
