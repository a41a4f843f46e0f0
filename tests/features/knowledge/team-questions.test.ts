// Questions a secretary general asks about running the team (its meetings, its motivation), in
// French and in Tunisian Arabic, through the real knowledge service on the real pages.
import { describe, expect, it } from 'vitest';
import { useKnowledgeService } from '../../helpers/knowledge.ts';

const knowledge = useKnowledgeService();

/** The page the answer comes from, and its first line without isolation and direction marks. */
async function answered(question: string, locale: 'fr' | 'ar') {
  const reply = await knowledge().answer(question, locale);
  expect(reply.mode).toBe('extractive');
  return { page: reply.sources[0]?.pageId, heading: reply.text.replace(/[\u2066-\u2069\u200f]/g, '').split('\n')[0] };
}

describe('« a team meeting » is answered by internal communication, not declined', () => {
  it.each([
    ["comment faire une réunion d'équipe efficace ?", 'fr', 'La communication interne : réunions'],
    ['كيف ننظم اجتماع فريق ناجح؟', 'ar', 'التواصل الداخلي: الاجتماعات'],
    ['كيفاش نعمل اجتماع مع الفريق', 'ar', 'التواصل الداخلي: الاجتماعات'],
  ] as const)('%s', async (question, locale, section) => {
    const { page, heading } = await answered(question, locale);
    expect(page).toBe('s1-conflits-communication');
    expect(heading).toContain(section);
  });
});

describe('« my agents are not motivated », « recognise their work »: the levers the secretary general holds', () => {
  it.each([
    ['mes agents ne sont pas motivés, que faire ?', 'fr', 'Les leviers à la portée du secrétaire général'],
    ['الأعوان متاعي موش محفزين شنوة نعمل؟', 'ar', 'الروافع المتاحة للكاتب العام'],
    ['comment reconnaître le travail des agents ?', 'fr', 'Les leviers à la portée du secrétaire général'],
    ['كيف نعترف بمجهود الأعوان؟', 'ar', 'الروافع المتاحة للكاتب العام'],
  ] as const)('%s', async (question, locale, section) => {
    const { page, heading } = await answered(question, locale);
    expect(page).toBe('s1-motivation-equipes');
    expect(heading).toContain(section);
  });
});

describe('« conduct change in the commune » gets the steps of change, not its communication plan', () => {
  // « commune » and « communication » share a stem: the commune named must not read as the plan.
  it.each([
    ['comment conduire le changement dans la commune ?', 'fr', "Les 8 étapes de Kotter, dans l'ordre"],
    ['كيف نقود التغيير في البلدية؟', 'ar', 'مراحل كوتر الثماني بالترتيب'],
  ] as const)('%s', async (question, locale, section) => {
    const { page, heading } = await answered(question, locale);
    expect(page).toBe('s2-conduite-changement');
    expect(heading).toContain(section);
  });

  it.each([
    ['comment communiquer sur le changement', 'fr', 'Le plan de communication du changement'],
    ['خطة الاتصال المصاحبة للتغيير', 'ar', 'خطة الاتصال المصاحبة للتغيير'],
  ] as const)('the communication plan is still what « %s » gets', async (question, locale, section) => {
    const { page, heading } = await answered(question, locale);
    expect(page).toBe('s2-conduite-changement');
    expect(heading).toContain(section);
  });
});

describe('« the styles of conflict management » gets the five styles, in Arabic as in French', () => {
  // « أساليب » says « styles » as « أنماط » does: the Arabic heading names both.
  it.each([
    ['Quels styles de gestion des conflits ?', 'fr', 'Les cinq styles de gestion des conflits'],
    ['أساليب إدارة النزاعات داخل الفريق', 'ar', 'الأنماط الخمسة لإدارة النزاعات'],
    ['ما هي أساليب حل النزاعات؟', 'ar', 'الأنماط الخمسة لإدارة النزاعات'],
  ] as const)('%s', async (question, locale, section) => {
    const { page, heading } = await answered(question, locale);
    expect(page).toBe('s1-conflits-communication');
    expect(heading).toContain(section);
  });
});

describe('« an agent refuses to apply the new procedure » gets what to do, not how to write one', () => {
  it.each([
    [
      "Un agent refuse d'appliquer la nouvelle procédure, que faire ?",
      'fr',
      "Un agent refuse d'appliquer la procédure",
    ],
    ['عون يرفض تطبيق الإجراء الجديد، ماذا أفعل؟', 'ar', 'عون يرفض تطبيق الإجراء'],
  ] as const)('%s', async (question, locale, section) => {
    const { page, heading } = await answered(question, locale);
    expect(page).toBe('s2-procedures-documentees');
    expect(heading).toContain(section);
  });
});
