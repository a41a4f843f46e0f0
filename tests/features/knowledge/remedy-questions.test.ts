// Questions on how to improve a service (« réduire », « تقليص », « que faire ? »), through the real
// knowledge service on the real pages: the answer leads with the method that improves it, before
// the legal figures it must respect.
import { describe, expect, it } from 'vitest';
import { useKnowledgeService } from '../../helpers/knowledge.ts';

const knowledge = useKnowledgeService();

/** The page the answer comes from, and its text without isolation and direction marks. */
async function answered(question: string, locale: 'fr' | 'ar') {
  const reply = await knowledge().answer(question, locale);
  expect(reply.mode).toBe('extractive');
  return { page: reply.sources[0]?.pageId, text: reply.text.replace(/[\u2066-\u2069\u200f]/g, '') };
}

describe('« reduce the building permit delays » leads with the circuit (Lean), then the legal deadline', () => {
  it.each([
    [
      'comment réduire les délais des permis de bâtir ?',
      'fr',
      'Permis de bâtir : réduire le temps de traitement',
      'Lean',
    ],
    [
      'les permis de bâtir prennent trop de temps, que faire ?',
      'fr',
      'Permis de bâtir : réduire le temps de traitement',
      'guichet unique',
    ],
    ['كيف نقلص آجال رخص البناء؟', 'ar', 'رخص البناء: تقليص مدة المعالجة', 'Lean'],
    ['رخص البناء تاخذ برشا وقت شنوة نعملو؟', 'ar', 'رخص البناء: تقليص مدة المعالجة', 'شباك موحّد'],
  ] as const)('%s', async (question, locale, section, word) => {
    const { page, text } = await answered(question, locale);
    expect(page).toBe('s1-references-services');
    expect(text.split('\n')[0]).toContain(section);
    expect(text).toContain(word);
    // The legal deadline comes after the steps, as the ceiling.
    expect(text.indexOf('45')).toBeGreaterThan(text.indexOf(word));
  });

  it.each([
    ['le délai légal pour un permis de bâtir', 'fr', 'Permis de bâtir : délais légaux et indicateurs'],
    ['ما هي آجال رخصة البناء', 'ar', 'رخص البناء: الآجال القانونية والمؤشرات'],
  ] as const)('the legal deadline is still what « %s » gets', async (question, locale, section) => {
    const { page, text } = await answered(question, locale);
    expect(page).toBe('s1-references-services');
    expect(text.split('\n')[0]).toContain(section);
  });
});

describe('« how to organise the reception at the counter » gets the front office, not how to measure the wait', () => {
  it.each([
    [
      "comment organiser l'accueil au guichet de l'état civil",
      'fr',
      "Le front office : réduire l'attente et organiser la file",
    ],
    ['كيف ننظم الاستقبال في شباك الحالة المدنية', 'ar', 'الواجهة الأمامية: تقليص الانتظار'],
    ['كيفاش نحسن استقبال المواطنين في الشباك؟', 'ar', 'الواجهة الأمامية: تقليص الانتظار'],
  ] as const)('%s', async (question, locale, section) => {
    const { page, text } = await answered(question, locale);
    expect(page).toBe('s1-accueil-information');
    expect(text.split('\n')[0]).toContain(section);
  });

  it.each([
    ["comment mesurer le temps d'attente au guichet", 'fr', "Mesurer le temps d'attente au guichet"],
    ['كيف نقيس مدة الانتظار في الشباك', 'ar', 'قيس مدة الانتظار أمام الشباك'],
  ] as const)('asked how to measure it, « %s » still gets the method', async (question, locale, section) => {
    const { page, text } = await answered(question, locale);
    expect(page).toBe('s1-accueil-information');
    expect(text.split('\n')[0]).toContain(section);
  });
});

describe('dirty streets are the cleanliness service, not off-topic', () => {
  it.each([
    ['saleté dans les rues', 'fr', 'Propreté et collecte des déchets'],
    ['الوسخ في الشوارع', 'ar', 'النظافة ورفع الفضلات'],
  ] as const)('%s', async (question, locale, section) => {
    const { page, text } = await answered(question, locale);
    expect(page).toBe('s1-references-services');
    expect(text.split('\n')[0]).toContain(section);
  });

  it.each([
    ['les habitants se plaignent de la saleté, que faire ?', 'fr'],
    ['المتساكنين يشكيو من الوسخ شنوة نعملو؟', 'ar'],
  ] as const)('« %s » gets an answer', async (question, locale) => {
    const { page } = await answered(question, locale);
    expect(page).toBeDefined();
  });
});
