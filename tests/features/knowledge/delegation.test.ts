// Who may run a municipal service: "can we entrust X?" is answered by what a commune may delegate,
// and affermage is given as what it is, a general definition from French law, with its sources.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelledPositions } from '../../../bench/retrieval-eval.ts';
import { createI18n } from '../../../src/core/i18n.ts';
import { extractiveAnswer } from '../../../src/features/knowledge/answer.ts';
import { createKnowledgeBase } from '../../../src/features/knowledge/knowledge-base.ts';
import { retrieve } from '../../../src/features/knowledge/retriever.ts';

const kb = createKnowledgeBase(resolve(import.meta.dirname, '../../../knowledge'));
kb.sync();
const i18n = createI18n();
const unisolated = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

function answer(question: string, locale: 'fr' | 'ar') {
  const result = retrieve(kb, question, locale);
  const t = (key: string, args?: Parameters<typeof i18n.t>[2]) => i18n.t(locale, key, args);
  const reply = extractiveAnswer(t, locale, { passages: result.passages, intents: result.intents, kb });
  const text = unisolated(reply.text);
  return { first: result.passages[0]?.metadata, text, sources: text.split('\n\n').at(-1) ?? '' };
}

const delegable = labelledPositions(kb, 's1-references-services', ["Ce qu'une commune peut déléguer"]);

describe('can a commune entrust a service?', () => {
  it.each([
    ['هل يمكن تعهيد رفع الفضلات؟', 'ar'],
    ["est-ce qu'on peut confier la collecte des déchets à une société privée ?", 'fr'],
    ['هل يمكن تعهيد التنوير العمومي إلى شركة؟', 'ar'],
    // « confier » to a company, private or not said: entrusting, as « تعهيد » is in Arabic
    ["Peut-on confier l'entretien des espaces verts à une entreprise ?", 'fr'],
    ["peut-on confier l'éclairage public à une entreprise ?", 'fr'],
    ['هل يمكن أن نعهد بصيانة المساحات الخضراء إلى شركة؟', 'ar'],
  ] as const)('%s: what may be delegated, not the section on the service', (question, locale) => {
    const { first } = answer(question, locale);
    expect(first?.pageId).toBe('s1-references-services');
    expect(delegable).toContain(first?.position);
  });

  it('answers in Arabic with the delegation rules and the sources on delegation', () => {
    const { text, sources } = answer('هل يمكن تعهيد رفع الفضلات؟', 'ar');
    expect(text).toContain('› ما الذي يمكن للبلدية تفويضه');
    expect(text).toContain('رفع الفضلات: نعم');
    expect(sources).toMatch(/^المصادر: /);
    expect(sources).toContain('الفصل 85');
    // The civil-status references fit the section as well, but say nothing of entrusting collection.
    expect(sources).not.toContain('وزارة الداخلية');
  });
});

describe('what a commune must keep: the line on the service asked is shown', () => {
  it.each([
    ["Le SG peut-il déléguer la signature des actes d'état civil ?", 'fr', '• État civil, légalisation : non'],
    // « prestataire » is in the sentence before the list: the service is the item's word.
    ['Peut-on confier la légalisation de signature à un prestataire ?', 'fr', '• État civil, légalisation : non'],
    ['peut-on déléguer le recouvrement de la TIB ?', 'fr', '• Assiette et recouvrement de la TIB'],
    ['هل يمكن تفويض استخلاص المعلوم على العقارات المبنية؟', 'ar', 'واستخلاصه: لا بالنسبة إلى الاستخلاص'],
  ] as const)('%s', (question, locale, line) => {
    const { first, text } = answer(question, locale);
    expect(delegable).toContain(first?.position);
    expect(text).toContain(line);
    // The sentence that says what the list is, then « … » for the services passed over.
    const lead = locale === 'fr' ? 'service par service :\n…\n•' : 'مرفقًا بمرفق:\n…\n•';
    expect(text).toContain(lead);
  });
});

describe('who signs a building permit', () => {
  it('answers with the legal section, which names the president of the commune', () => {
    const { first, text } = answer('qui signe le permis de batir ?', 'fr');
    expect(first?.headingPath.at(-1)).toBe('Permis de bâtir : délais légaux et indicateurs');
    expect(text).toContain('signé par le président de la commune');
  });
});

describe('affermage: a general definition from French law, not a Tunisian rule', () => {
  it('leads with the affermage section, not the one on markets, and says what to use in Tunisia', () => {
    const { first, text, sources } = answer("c'est quoi l'affermage d'un marché municipal ?", 'fr');
    expect(first?.pageId).toBe('s1-modes-de-gestion');
    expect(first?.headingPath.at(-1)).toMatch(/^Affermage/);
    expect(text).toContain('Définition générale (droit français, pour comparaison)');
    expect(text).toContain("Ni l'affermage ni la loi Sapin ne sont des règles tunisiennes.");
    expect(text).toMatch(/En Tunisie, la commune passe par la concession .*CCL, art\. 85/);
    expect(sources).toContain('collectivites-locales.gouv.fr (France)');
    expect(sources).toContain('Loi n° 2008-23');
  });

  it('in Arabic: the definition, then the concession and the delegation of Tunisian law', () => {
    const { first, text, sources } = answer('ما هو عقد الإيجار لاستغلال المسلخ البلدي؟', 'ar');
    expect(first?.headingPath.at(-1)).toContain('(affermage)');
    const definition = text.indexOf('تعريف عام (القانون الفرنسي، للمقارنة)');
    expect(definition).toBeGreaterThan(0);
    expect(text.indexOf('في تونس، تلجأ البلدية إلى اللزمة')).toBeGreaterThan(definition);
    expect(text).toContain('القانون عدد 23 لسنة 2008');
    expect(sources).toContain('collectivites-locales.gouv.fr (فرنسا)');
  });

  it('each claim of the section has a source of its kind: French for the definition, Tunisian for the rule', () => {
    for (const language of ['fr', 'ar'] as const) {
      const sources = kb.page('s1-modes-de-gestion', language)?.sources ?? [];
      expect(sources.some((s) => s.startsWith('collectivites-locales.gouv.fr'))).toBe(true);
      // A note that something is French law is no source of what it says.
      expect(sources.join('\n')).not.toMatch(/fiche de contexte|بطاقة السياق/);
    }
  });
});
