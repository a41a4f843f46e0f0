import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/core/i18n.ts';
import { cut, excerpt, plainText } from '../../../src/features/knowledge/excerpt.ts';
import { createKnowledgeService, type KnowledgeService } from '../../../src/features/knowledge/service.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { captureLogger } from '../../helpers/logger.ts';

describe('passages readable on a phone', () => {
  it.each([
    ['**gras** et __gras__', 'gras et gras'],
    ['- item\n* autre', '• item\n• autre'],
    ['voir [la norme](https://iso.org)', 'voir la norme'],
    ['| critère | poids |\n|---|---|\n| délai | 2 |', 'critère — poids\ndélai — 2'],
    ['> citation', 'citation'],
    ['un `code`', 'un code'],
  ])('%j → %j', (markdown, expected) => {
    expect(plainText(markdown)).toBe(expected);
  });

  it('cuts at a sentence end when it can, else at a word, with an ellipsis', () => {
    expect(cut('Une phrase courte. Une autre phrase bien plus longue que la limite.', 30)).toBe('Une phrase courte. …');
    expect(cut('motlong '.repeat(10), 20)).toBe('motlong motlong …');
    expect(cut('court', 20)).toBe('court');
  });

  it('shows a section whole when it fits, else from the block that answers, with the lead-in of its list', () => {
    const md = 'Intro générale sans rapport.\n\nLe PDCA comporte :\n- Plan\n- Do\n- Check\n- Act';
    expect(excerpt(md, ['pdca'], 200)).toBe(
      'Intro générale sans rapport.\nLe PDCA comporte :\n• Plan\n• Do\n• Check\n• Act',
    );
    expect(excerpt(md, ['pdca'], 60)).toBe('Le PDCA comporte :\n• Plan\n• Do\n• Check\n• Act');
    expect(excerpt(md, ['check'], 60).startsWith('Le PDCA comporte :')).toBe(true);
    expect(excerpt(md, ['pdca'], 30)).toBe('Le PDCA comporte :\n• Plan\n• Do\n…');
    // A list asked for (steps, types) is shown from the start of its section.
    expect(excerpt(md, ['check'], 60, true).startsWith('Intro générale')).toBe(true);
  });
});

describe('service.related (questionnaire help)', () => {
  let testDb: TestDb;
  let service: KnowledgeService;
  beforeAll(async () => {
    testDb = await createTestDb();
    const knowledgeDir = resolve(import.meta.dirname, '../../../knowledge');
    service = createKnowledgeService({
      db: testDb.db,
      i18n: createI18n(),
      logger: captureLogger().logger,
      knowledgeDir,
    });
  });
  afterAll(() => testDb.cleanup());

  it('returns short passages of related pages in the asked language, fast and offline', async () => {
    const question = 'Le service mesure-t-il régulièrement la satisfaction des usagers (enquête, questionnaire) ?';
    const fr = await service.related(question, 'fr', 3);
    expect(fr.length).toBeGreaterThan(0);
    expect(fr.length).toBeLessThanOrEqual(3);
    expect(fr[0]?.pageId).toBe('s2-enquetes-satisfaction');
    expect(fr[0]?.title).toBe('Mesurer la satisfaction des usagers');
    for (const p of fr) expect(p.excerpt.length).toBeLessThanOrEqual(290);

    const ar = await service.related(question, 'ar', 2);
    expect(ar[0]?.pageId).toBe('s2-enquetes-satisfaction');
    expect(ar[0]?.title).toMatch(/[\u0600-\u06FF]/);
    expect(ar[0]?.excerpt).toMatch(/[\u0600-\u06FF]/);
  });

  it('returns nothing for a text the base does not cover', async () => {
    expect(await service.related('Quel est le meilleur restaurant de poisson à Bizerte ?', 'fr', 3)).toEqual([]);
  });
});
