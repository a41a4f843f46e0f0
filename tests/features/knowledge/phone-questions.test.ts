// Questions as a secretary general types them on a phone during the training or an immersion,
// through the real knowledge service (and conversation) on the real pages: asked in Arabic around a
// Latin acronym, « is X legal? », « how do I make an action plan », a bare term, a deadline.
import { describe, expect, it } from 'vitest';
import { maxHeadingLength } from '../../../src/features/knowledge/answer.ts';
import { maxReferencesLength } from '../../../src/features/knowledge/references.ts';
import { useKnowledgeConversation, useKnowledgeService } from '../../helpers/knowledge.ts';
import { plain, sender, text } from '../../helpers/messages.ts';

const knowledge = useKnowledgeService();
const handle = useKnowledgeConversation();

/** Text without the isolation and direction marks. */
const unmarked = (s: string) => s.replace(/[\u2066-\u2069\u200f]/g, '');

async function answer(question: string, locale: 'fr' | 'ar') {
  const reply = await knowledge().answer(question, locale);
  const text = unmarked(reply.text);
  const blocks = text.split('\n\n');
  return { reply, text, heading: text.split('\n')[0] ?? '', sources: blocks.at(-1) ?? '' };
}

describe('an Arabic question around a Latin term is answered in Arabic', () => {
  // A person whose setting is French (the console default) types Tunisian Arabic around « PDCA ».
  const sami = sender({ externalId: 'sami-phone', displayName: 'Sami' });

  it.each(['شنوة PDCA', 'SERVQUAL شنوة'])('%s', async (question) => {
    const out = unmarked(plain(await handle(text(sami, question))));
    expect(out).toMatch(/^📖 /);
    expect(out).toContain('المصادر:');
    expect(out).toContain('هل أفادتك هذه الإجابة؟');
    expect(out).not.toContain('Sources :');
  });
});

describe('« is it legal to delegate X? » is answered by what a commune may delegate', () => {
  it.each([
    ['la delegation du service de propreté au privé est elle legale ?', 'fr', "› Ce qu'une commune peut déléguer"],
    ['est il legal de deleguer la collecte des dechets', 'fr', "› Ce qu'une commune peut déléguer"],
    ['déléguer la propreté au privé c’est légal ?', 'fr', "› Ce qu'une commune peut déléguer"],
    ['هل تفويض النظافة للخواص قانوني؟', 'ar', 'ما الذي يمكن للبلدية تفويضه'],
  ] as const)('%s', async (question, locale, section) => {
    const { heading, text } = await answer(question, locale);
    expect(heading).toContain(section);
    // Not the building-permit section, whose last line says a permit decision is not delegated.
    expect(text).not.toMatch(/Permis de bâtir|رخص البناء/);
  });

  it('a legal deadline is still a deadline, not a question of permission', async () => {
    const { heading } = await answer('delai legal permis de batir', 'fr');
    expect(heading).toContain('Permis de bâtir : délais légaux et indicateurs');
  });
});

describe('an answer never ends on a sentence announcing a list it does not show', () => {
  it.each([
    ['iso 18091 cest quoi', 'fr'],
    ['caf autoevaluation combien de criteres', 'fr'],
    ['ايزو 18091', 'ar'],
  ] as const)('%s', async (question, locale) => {
    const { text } = await answer(question, locale);
    expect(text).not.toMatch(/:\s*\n…/);
    // No section shown by its heading alone, or by its first line without the list it announces.
    for (const block of text.split('\n\n').slice(0, -1)) {
      const lines = block.split('\n');
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.at(-1)).not.toMatch(/:\s*$/);
    }
  });

  it('the ISO 18091 answer shows what the guide helps with, with its first reference', async () => {
    const { text, sources } = await answer('iso 18091 cest quoi', 'fr');
    expect(text).toContain('• relier la qualité des services à la confiance des citoyens');
    expect(sources).toMatch(/^Sources : ISO 18091:2019, Systèmes de management de la qualité/);
  });
});

describe('the references do not bury the answer', () => {
  it.each([
    ['iso 18091 cest quoi', 'fr'],
    ['ايزو 18091', 'ar'],
    ['comment faire une enquete de satisfaction avec peu de moyens', 'fr'],
  ] as const)('%s: the list of references picked by their words stays short', async (question, locale) => {
    const { sources } = await answer(question, locale);
    const list = sources.replace(/^(Sources : |المصادر: )/, '').replace(/ \((vérifié le|تاريخ التثبّت:) [^)]*\)$/, '');
    expect(list.length).toBeLessThanOrEqual(maxReferencesLength);
  });
});

describe('a bare term reads as « what is it »: the page opens the answer', () => {
  it.each([
    ['ايزو 18091', 'تقدّم المواصفة ISO 18091:2019 خطوطًا توجيهية'],
    ['ISO 18091', 'ISO 18091:2019 donne des lignes directrices'],
  ])('%s', async (question, opening) => {
    const { text } = await answer(question, /[\u0600-\u06FF]/.test(question) ? 'ar' : 'fr');
    expect(text.split('\n')[1]).toContain(opening);
  });
});

describe('in how many days to answer a complaint', () => {
  it.each([
    [
      'combien de temps pour repondre a une plainte',
      'fr',
      'En combien de jours répondre à une réclamation',
      '15 jours',
    ],
    ['أجل الرد على الشكاوى', 'ar', 'في كم يومًا نردّ على الشكوى؟', '15 يومًا'],
    ['في قداش من يوم لازم نردو على الشكاية', 'ar', 'في كم يومًا نردّ على الشكوى؟', '15 يومًا'],
  ] as const)('%s', async (question, locale, section, days) => {
    const { heading, text, sources } = await answer(question, locale);
    expect(heading).toContain(section);
    expect(text).toContain(days);
    // It says which texts set no general deadline, and cites them.
    expect(sources).toMatch(/93-982|982 لسنة 1993/);
  });
});

describe('the 📖 line says where the answer comes from in two phone lines at most', () => {
  it.each([
    // The page's short title with the section when both fit…
    ['principes du kaizen', 'fr', '📖 Kaizen › Le Kaizen : principes'],
    ['مبادئ كايزن', 'ar', '📖 كايزن › كايزن: المبادئ'],
    ['mesurer les espaces verts par habitant', 'fr', '📖 Références par service › Espaces verts'],
    ['مزايا وعيوب التصرف المفوض', 'ar', '📖 أنماط التصرف › مزايا وعيوب التصرف المفوض'],
    // …else the section alone, not « Les modes de gestion des services municipaux : régie, … ».
    [
      'avantages et inconvénients de la gestion déléguée',
      'fr',
      '📖 Avantages et inconvénients de la gestion déléguée par rapport à la régie',
    ],
    ['المساحات الخضراء لكل ساكن', 'ar', '📖 المساحات الخضراء لكل ساكن'],
  ] as const)('%s', async (question, locale, line) => {
    const { heading } = await answer(question, locale);
    expect(heading.startsWith(line)).toBe(true);
    // Longer only by the section's own heading, never by the page title.
    expect(heading.length).toBeLessThanOrEqual(Math.max(maxHeadingLength, line.length));
  });
});

describe('where a page has a Tunisian and a foreign example, the Tunisian one comes first', () => {
  it.each([
    ["charte d'accueil des usagers exemple", 'fr', 'Exemple dans une commune tunisienne'],
    ['ميثاق استقبال المنتفعين مثال', 'ar', 'مثال من بلدية تونسية'],
    // Unless the question names what only the foreign one says.
    ['charte Marianne exemple', 'fr', 'Un exemple venu de France'],
    ['مثال من فرنسا لميثاق الخدمات', 'ar', 'مثال من فرنسا'],
  ] as const)('%s', async (question, locale, section) => {
    const { heading } = await answer(question, locale);
    expect(heading).toContain(section);
  });
});

describe('« the difference between X and Y » opens on a section that names both', () => {
  it.each([
    // The overview lists « Régie directe » and « Concession »; the pros and cons of delegation
    // name only the régie in their heading.
    ['différence entre régie et concession', 'fr', "Les modes de gestion : vue d'ensemble"],
    ['الفرق بين الاستغلال المباشر واللزمة', 'ar', 'أنماط التصرف: نظرة عامة'],
    // A heading naming both is that section.
    ['différence entre régie et gestion déléguée', 'fr', 'Avantages et inconvénients de la gestion déléguée'],
    ['الفرق بين الاستغلال المباشر والتصرف المفوض', 'ar', 'مزايا وعيوب التصرف المفوض'],
  ] as const)('%s', async (question, locale, section) => {
    const { heading } = await answer(question, locale);
    expect(heading).toContain(section);
  });
});

describe('« what is X » opens where the page brings X in', () => {
  it.each([
    // SERVQUAL is brought in by its five dimensions, before the gaps of its model.
    ['شنوة SERVQUAL', 'ar', 'الأبعاد الخمسة لنموذج SERVQUAL'],
    ['ما هو نموذج SERVQUAL', 'ar', 'الأبعاد الخمسة لنموذج SERVQUAL'],
    ["SERVQUAL c'est quoi", 'fr', 'Les cinq dimensions SERVQUAL'],
    ['ماهو SERVQUAL', 'ar', 'الأبعاد الخمسة لنموذج SERVQUAL'],
  ] as const)('%s', async (question, locale, section) => {
    const { heading } = await answer(question, locale);
    expect(heading).toContain(section);
  });

  it('a question on the gaps still gets the gaps', async () => {
    expect((await answer('les écarts du modèle SERVQUAL', 'fr')).heading).toContain('Les écarts du modèle SERVQUAL');
    expect((await answer('فجوات نموذج SERVQUAL', 'ar')).heading).toContain('فجوات نموذج SERVQUAL');
  });
});
