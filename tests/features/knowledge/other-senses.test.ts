// A glossary word used in another sense names no topic: "certificat de résidence" is not ISO
// certification, "شهادة إقامة" is not the ISO certificate, and signing (يمضي) is not the
// legalising of a signature. The base does not cover who signs in the mayor's place: the question
// goes to the coordinators instead of being answered with the certification section.
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

describe('a glossary word in another sense', () => {
  it.each([
    ['qui peut signer un certificat de résidence à la place du président ?', 'fr'],
    ['شكون ينجم يمضي شهادة إقامة في بلاصة رئيس البلدية؟', 'ar'],
  ] as const)('%s: not covered, forwarded to the coordinators', async (question, locale) => {
    const reply = await service.answer(question, locale);
    expect(reply.mode).toBe('none');
    expect(unisolated(reply.text)).toContain(i18n.t(locale, 'kb-not-covered'));
    expect(reply.sources).toEqual([]);
  });

  it.each([
    ['une commune peut-elle obtenir un certificat ?', 'fr', 's2-iso-9001'],
    ['combien coûte le certificat ISO 9001 pour une commune ?', 'fr', 's2-iso-9001'],
    ['كم تكلف شهادة الإيزو للبلدية؟', 'ar', 's2-iso-9001'],
    ['quel délai pour la légalisation de signature ?', 'fr', 's1-references-services'],
    ['ما هي آجال التعريف بالإمضاء؟', 'ar', 's1-references-services'],
  ] as const)('%s: the term in its own sense is still answered', async (question, locale, pageId) => {
    const reply = await service.answer(question, locale);
    expect(reply.mode).toBe('extractive');
    expect(reply.sources[0]?.pageId).toBe(pageId);
  });
});
