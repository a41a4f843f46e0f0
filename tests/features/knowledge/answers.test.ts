import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/core/i18n.ts';
import { extractiveAnswer, maxAnswerLength } from '../../../src/features/knowledge/answer.ts';
import { createKnowledgeBase } from '../../../src/features/knowledge/knowledge-base.ts';
import { pickReferences } from '../../../src/features/knowledge/references.ts';
import { retrieve } from '../../../src/features/knowledge/retriever.ts';

const kb = createKnowledgeBase(resolve(import.meta.dirname, '../../../knowledge'));
kb.sync();
const i18n = createI18n();
const unisolated = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

function answer(question: string, locale: 'fr' | 'ar') {
  const result = retrieve(kb, question, locale);
  const t = (key: string, args?: Parameters<typeof i18n.t>[2]) => i18n.t(locale, key, args);
  return { result, answer: extractiveAnswer(t, locale, { passages: result.passages, intents: result.intents, kb }) };
}

/** Questions of every kind, in both languages: answers stay phone-sized and end with references. */
const questions: Array<[string, 'fr' | 'ar']> = [
  ['Quelle loi encadre les concessions ?', 'fr'],
  ["c'est quoi le kaizen ?", 'fr'],
  ["les étapes d'une enquête de satisfaction", 'fr'],
  ['que dit la clause 9.1.2 de l’ISO 9001', 'fr'],
  ['ما هو القانون المنظم للزمات', 'ar'],
  ['ما هي أنواع الهدر', 'ar'],
  ['كيف نتعامل مع شكاوى المواطنين', 'ar'],
];

describe('references a participant can check', () => {
  it.each(questions)('%s: phone-sized, ending with the page references', (question, locale) => {
    const { result, answer: reply } = answer(question, locale);
    expect(reply.text.length).toBeLessThanOrEqual(maxAnswerLength);
    const last = unisolated(reply.text.split('\n\n').at(-1) ?? '');
    expect(last).toMatch(locale === 'fr' ? /^Sources : / : /^المصادر: /);
    const page = kb.page(result.passages[0]?.metadata.pageId ?? '', locale);
    expect(page?.sources.some((s) => last.includes(s.slice(0, 30)))).toBe(true);
    if (locale === 'ar') expect(reply.text).not.toContain(' ; ');
  });

  it('cites the law the question asks about', () => {
    const fr = unisolated(answer('Quelle loi encadre les concessions ?', 'fr').answer.text);
    expect(fr).toMatch(/Sources : .*Loi n° 2008-23 du 1er avril 2008/);
    expect(fr).not.toContain('2015-49 du 27 novembre');
    const ar = unisolated(answer('ما هو القانون المنظم للزمات', 'ar').answer.text);
    expect(ar).toMatch(/المصادر: .*القانون عدد 23 لسنة 2008/);
  });

  it('separates Arabic references with Arabic punctuation', () => {
    const { result } = answer('كيف نتعامل مع شكاوى المواطنين', 'ar');
    const passage = result.passages[0];
    if (!passage) throw new Error('no passage');
    expect(pickReferences(passage).length).toBeGreaterThanOrEqual(1);
    expect(pickReferences(passage).length).toBeLessThanOrEqual(3);
    const line = unisolated(answer('كيف نتعامل مع شكاوى المواطنين', 'ar').answer.text.split('\n\n').at(-1) ?? '');
    if (pickReferences(passage).length > 1) expect(line).toContain('؛ ');
  });

  it('says when facts that change were checked', () => {
    const fr = unisolated(answer('le SG depuis la dissolution des conseils municipaux', 'fr').answer.text);
    expect(fr).toMatch(/\(vérifié le \d{4}-\d{2}-\d{2}\)$/);
  });

  it('opens a definition with the page’s first sentences', () => {
    const text = unisolated(answer("c'est quoi le kaizen ?", 'fr').answer.text);
    expect(text).toContain('› Le Kaizen : principes\nKaizen est un mot japonais');
  });

  // A deadline asked: the answer opens on the paragraph giving it (45 days), not on the indicators
  // paragraph that only names « le délai légal ».
  it.each([
    [
      "quel est le délai légal pour décider d'un permis de bâtir ?",
      'fr',
      'Références (CATU, art. 69) : décision dans les 45 jours',
    ],
    ['quel délai légal pour le permis de bâtir ?', 'fr', 'Références (CATU, art. 69) : décision dans les 45 jours'],
    [
      'ما هو الأجل القانوني للبت في رخصة البناء؟',
      'ar',
      'المراجع (مجلة التهيئة الترابية والتعمير، الفصل 69): البتّ في أجل 45 يومًا',
    ],
  ] as const)('%s: opens on the paragraph giving the deadline', (question, locale, opening) => {
    const text = unisolated(answer(question, locale).answer.text);
    expect(text.split('\n')[1]).toContain(opening);
  });

  // A duration named in the question (« durée ») still opens on the paragraph that says it.
  it('opens a validity question on the validity', () => {
    const text = unisolated(answer("quelle est la durée de validité d'un permis de bâtir ?", 'fr').answer.text);
    expect(text.split('\n')[1]).toContain('permis valable 3 ans');
  });
});
