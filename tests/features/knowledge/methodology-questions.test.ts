// Methodology questions a secretary general asks by phone, through the real knowledge service on
// the real pages: the answer opens on the section that says how, or what the thing asked is.
import { describe, expect, it } from 'vitest';
import { useKnowledgeService } from '../../helpers/knowledge.ts';

const knowledge = useKnowledgeService();

/** The answer's first line (📖 page › section), without isolation and direction marks. */
async function heading(question: string, locale: 'fr' | 'ar') {
  const reply = await knowledge().answer(question, locale);
  expect(reply.mode).toBe('extractive');
  return reply.text.replace(/[\u2066-\u2069\u200f]/g, '').split('\n')[0] ?? '';
}

describe('« how do I make an action plan » gets the steps of the plan, not the action sheet', () => {
  it.each([
    ["comment faire un plan d'action", 'fr', "Rédiger le plan d'amélioration : les étapes"],
    ["kifech na3mel plan d'action", 'fr', "Rédiger le plan d'amélioration : les étapes"],
    ['كيفاش نعمل خطة عمل', 'ar', 'تحرير خطة التحسين: المراحل'],
  ] as const)('%s', async (question, locale, section) => {
    expect(await heading(question, locale)).toContain(section);
  });

  it('the action sheet is still what a question on the sheet gets', async () => {
    expect(await heading('les rubriques de la fiche action', 'fr')).toContain('La fiche action : les rubriques');
  });
});

describe("« prioritise the plan's actions » gets the impact/effort matrix", () => {
  it.each([
    ['comment prioriser les actions de mon plan', 'fr', 'Prioriser avec la matrice impact/effort'],
    ['كيفاش نرتب الأولويات متاع الخطة', 'ar', 'ترتيب الأولويات بمصفوفة الأثر والجهد'],
  ] as const)('%s', async (question, locale, section) => {
    expect(await heading(question, locale)).toContain(section);
  });
});

describe('the Marianne reference, named in Arabic letters or Latin ones, is the French example', () => {
  it.each(['ما هي مرجعية ماريان', 'شنوة ماريان', 'مرجعية Marianne'])('%s', async (question) => {
    expect(await heading(question, 'ar')).toContain('مثال من فرنسا');
  });
});

describe('a term typed bare is answered by what it is', () => {
  it.each([
    ['SERVQUAL', 'fr', 'Les cinq dimensions SERVQUAL'],
    ['servqual', 'fr', 'Les cinq dimensions SERVQUAL'],
    ['سيرفكوال', 'ar', 'الأبعاد الخمسة لنموذج SERVQUAL'],
  ] as const)('%s', async (question, locale, section) => {
    expect(await heading(question, locale)).toContain(section);
  });
});

describe('« motivate without bonuses » gets the levers the secretary general holds', () => {
  it.each([
    ['comment motiver les agents sans primes', 'fr', 'Les leviers à la portée du secrétaire général'],
    ['كيف نحفز الأعوان بدون منح', 'ar', 'الروافع المتاحة للكاتب العام'],
  ] as const)('%s', async (question, locale, section) => {
    expect(await heading(question, locale)).toContain(section);
  });
});

/** The page the answer comes from and its first line. */
async function answered(question: string, locale: 'fr' | 'ar') {
  const reply = await knowledge().answer(question, locale);
  expect(reply.mode).toBe('extractive');
  return { page: reply.sources[0]?.pageId, text: reply.text.replace(/[\u2066-\u2069\u200f]/g, '') };
}

describe("« plan d'action », bare or asked « what is », says what a plan holds and how /plan drafts one", () => {
  it.each([
    ["plan d'action", 'fr', "Le plan d'amélioration en bref : son contenu", ['pilote', 'cible', '/plan']],
    [
      "c'est quoi un plan d'action ?",
      'fr',
      "Le plan d'amélioration en bref : son contenu",
      ['pilote', 'cible', '/plan'],
    ],
    ['خطة عمل', 'ar', 'خطة التحسين باختصار: المحتوى', ['القائد', 'القيمة المستهدفة', '/plan']],
    ['شنوة خطة عمل', 'ar', 'خطة التحسين باختصار: المحتوى', ['القائد', 'القيمة المستهدفة', '/plan']],
  ] as const)('%s', async (question, locale, section, words) => {
    const { page, text } = await answered(question, locale);
    expect(page).toBe('s2-plan-amelioration');
    expect(text.split('\n')[0]).toContain(section);
    for (const word of words) expect(text).toContain(word);
  });
});

describe('« délégation de service public : avantages et inconvénients » gets the pros and cons in both languages', () => {
  // « تفويض المرفق العام » is the delegation the French « délégation de service public » names.
  it.each([
    ['délégation de service public avantages inconvénients', 'fr', 'Avantages et inconvénients de la gestion déléguée'],
    ['التفويض في المرفق العام إيجابيات وسلبيات', 'ar', 'مزايا وعيوب التصرف المفوض'],
    ['ما هي إيجابيات وسلبيات تفويض المرفق العام؟', 'ar', 'مزايا وعيوب التصرف المفوض'],
  ] as const)('%s', async (question, locale, section) => {
    const { page, text } = await answered(question, locale);
    expect(page).toBe('s1-modes-de-gestion');
    expect(text.split('\n')[0]).toContain(section);
  });

  it.each([
    ["peut-on déléguer l'état civil ?", 'fr', "Ce qu'une commune peut déléguer"],
    ['هل يمكن تفويض الحالة المدنية؟', 'ar', 'ما الذي يمكن للبلدية تفويضه'],
  ] as const)('what may be delegated is still what « %s » gets', async (question, locale, section) => {
    const { page, text } = await answered(question, locale);
    expect(page).toBe('s1-references-services');
    expect(text.split('\n')[0]).toContain(section);
  });
});

describe('« the delay for a birth extract » is answered by the extract, not only the declaration deadlines', () => {
  // No published text sets a delay for handing over an extract: the 10 days are for declaring the birth.
  it.each([
    [
      "Quels sont les délais pour un extrait de naissance à l'état civil ?",
      'fr',
      'aucun texte publié ne fixe de délai',
    ],
    ['ما هي آجال استخراج مضمون ولادة؟', 'ar', 'لا يحدّد أي نص منشور أجلًا لتسليمه'],
  ] as const)('%s', async (question, locale, words) => {
    const reply = await knowledge().answer(question, locale);
    const text = reply.text.replace(/[\u2066-\u2069\u200f]/g, '');
    expect(reply.sources[0]?.pageId).toBe('s1-references-services');
    expect(text).toContain(words);
  });
});

describe('« can we delegate waste collection, and keep control? » says yes and how the commune keeps control', () => {
  it.each([
    [
      'Peut-on déléguer la collecte des déchets à un prestataire privé ? Comment garder le contrôle ?',
      'fr',
      'La commune garde le contrôle par un cahier des charges',
    ],
    ['هل يمكن تفويض جمع الفضلات إلى خاص؟', 'ar', 'وتحافظ البلدية على الرقابة بكرّاس شروط'],
  ] as const)('%s', async (question, locale, words) => {
    const reply = await knowledge().answer(question, locale);
    const text = reply.text.replace(/[\u2066-\u2069\u200f]/g, '');
    expect(reply.sources[0]?.pageId).toBe('s1-references-services');
    expect(text).toContain(words);
  });
});
