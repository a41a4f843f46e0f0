// A section whose author declared its sources (`<!-- sources: 3, 5 -->`) ends its answers with
// exactly those; the service sections of the references page, in both languages, through the
// real knowledge feature (/ask on the real conversation).
import { resolve } from 'node:path';
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../../src/features/knowledge/knowledge-base.ts';
import { pickReferences, referenceList } from '../../../src/features/knowledge/references.ts';
import type { PassageMetadata } from '../../../src/features/knowledge/retriever.ts';
import { useKnowledgeConversation } from '../../helpers/knowledge.ts';
import { plain, sender, text } from '../../helpers/messages.ts';

const sources = [
  'Loi n° 57-3 du 1er août 1957 réglementant l’état civil',
  'Code des marchés publics, art. 12',
  'Rapport sur la voirie communale (2015), entretien des chaussées',
  'Guide des indicateurs de la voirie, chaussées et trottoirs',
];

function passage(position: number, heading: string, body: string, sourcePositions?: number[]) {
  const metadata: PassageMetadata = {
    pageId: 'p',
    title: 'Références par service',
    language: 'fr',
    headingPath: ['Références par service', heading],
    chunkId: `p:fr:${position}`,
    position,
    role: position === 1 ? 'answer' : 'complement',
    relevance: 1,
    confidence: 1,
    queryTokens: ['voir', 'chauss'],
    sources,
    sourcePositions,
  };
  return new Document<PassageMetadata>({ pageContent: body, metadata, id: metadata.chunkId });
}

const roads = 'Part des chaussées de la voirie nécessitant un entretien, relevé visuel.';

describe('the references picker and declared sources', () => {
  it('cites exactly the declared sources, in the order of the list, up to the limit', () => {
    // The heuristics pick the road references, which share the text's words…
    expect(pickReferences(passage(1, 'Voirie', roads))).not.toContain(sources[1]);
    // …the author's declaration is cited as it is, whatever the words say.
    expect(pickReferences(passage(1, 'Voirie', roads, [4, 2]))).toEqual([sources[1], sources[3]]);
    expect(pickReferences(passage(1, 'Voirie', roads, [2, 1]), 2)).toEqual([sources[0], sources[1]]);
  });

  it('cites, of more declared sources than fit, those saying the words of the question, in page order', () => {
    // Four declared, two fit: the road reports say « voirie » and « chaussées » the question asks,
    // the civil-status law and the procurement code say neither.
    expect(pickReferences(passage(1, 'Voirie', roads, [4, 1, 2, 3]), 2)).toEqual([sources[2], sources[3]]);
    // Only one says a word of the question: it comes with the first of the others.
    const asked = passage(1, 'Voirie', roads, [4, 1, 2, 3]);
    asked.metadata.queryTokens = ['guid'];
    expect(pickReferences(asked, 2)).toEqual([sources[0], sources[3]]);
  });

  it('cites what the sections shown together declare, when the answering one declares some', () => {
    const shown = [passage(1, 'Voirie', roads, [3]), passage(2, 'Marchés', 'Les marchés.', [2])];
    expect(referenceList(shown, 'fr')).toBe(`${sources[1]} ; ${sources[2]}`);
  });
});

const handle = useKnowledgeConversation();
const amina = sender({ externalId: 'amina-declared', displayName: 'Amina' });

/** The section an answer shows (its 📖 line) and its references, without the isolation marks. */
async function ask(question: string): Promise<{ heading: string; references: string }> {
  const out = plain(await handle(text(amina, `/ask ${question}`))).replace(/[\u2066-\u2069\u200f]/g, '');
  const lines = out.split('\n');
  const heading = lines.find((l) => l.startsWith('📖')) ?? '';
  const references = lines.find((l) => /^(Sources : |المصادر: )/.test(l));
  if (!references) throw new Error(`no references in: ${out}`);
  return { heading, references };
}

describe('the service sections of the references page cite the sources they rest on', () => {
  it.each([
    // Road questions: the roads section, with the road references (the UK indicators, the state of
    // Tunisian roads, the performance evaluation), not the civil-status law, green spaces or lighting.
    [
      'comment boucher les nids-de-poule plus vite ?',
      'Voirie : routes et trottoirs',
      ["« L'état des routes en Tunisie »", 'UK Roads Liaison Group'],
      ['57-3', 'ISO 37120', 'Kairouan'],
    ],
    [
      'كيف نصلح الحفر في الطرقات بسرعة؟',
      'الطرقات والأرصفة',
      ['nawaat.org (18 مارس 2015)', 'UK Roads Liaison Group'],
      ['عدد 3 لسنة 1957', 'ISO 37120', 'القيروان'],
    ],
    [
      "comment mesurer la qualité de l'entretien des routes ?",
      'Voirie : routes et trottoirs',
      ['nawaat.org (18 mars 2015)', 'NI 168'],
      ['57-3', 'Ishikawa'],
    ],
    ['كيف نقيس جودة صيانة الطرقات؟', 'الطرقات والأرصفة', ['nawaat.org (18 مارس 2015)', 'NI 168'], ['Ishikawa']],
    // Markets: the market arrears of Nabeul, not overflowing bins nor Kairouan's street lights.
    [
      'quels indicateurs pour le marché municipal ?',
      'Marchés municipaux',
      ['arriérés des exploitants des marchés de Nabeul'],
      ['poubelles', 'Kairouan'],
    ],
    ['ما هي مؤشرات الأسواق البلدية؟', 'الأسواق البلدية', ['متخلدات مستغلي الأسواق في نابل'], ['poubelles', 'القيروان']],
    // The Bizerte arrears and the Mellassine concession the markets section cites, each with its source.
    [
      'combien de redevances de marchés impayées dans la région de Bizerte ?',
      'Marchés municipaux',
      ['Investir en Tunisie (23 mai 2015)', 'Mellassine'],
      ['poubelles', '57-3'],
    ],
    ['كم تبلغ معاليم الأسواق غير المستخلصة في جهة بنزرت؟', 'الأسواق البلدية', ['جهة بنزرت', 'بالملاسين'], ['القيروان']],
    // The civil-status section declares four sources, three fit: a question on the legalisation fee
    // cites the legalisation cards (Khlidia, Carthage), one on births the civil-status texts.
    [
      'combien coûte la légalisation de signature ?',
      'État civil et légalisation de signature',
      ['« Légalisation de signature » : Bennane-Bodheur'],
      ['Nawaat', 'Bouarada'],
    ],
    ['قداش معلوم التعريف بالإمضاء؟', 'التعريف بالإمضاء', ['«التعريف بالإمضاء»: بنان بوضر'], ['بوعرادة']],
    [
      'délai de déclaration de naissance',
      'État civil et légalisation de signature',
      ['Loi n° 57-3', 'Vos démarches – état civil'],
      ['Légalisation de signature » : Bennane'],
    ],
    // Measuring delays on the registers: the study of time and delay control in communes, not the
    // legalisation cards that also say « registre ».
    [
      "combien de dossiers faut-il tirer du registre pour mesurer les délais pendant l'immersion ?",
      'Mesurer les délais sur registre',
      ['Meyssonnier et Tahar (2012)'],
      ['Légalisation de signature'],
    ],
    [
      'كم ملفًا نسحب من السجل لقيس الآجال أثناء المعايشة؟',
      'قيس الآجال على السجلات',
      ['Meyssonnier'],
      ['التعريف بالإمضاء'],
    ],
    // The tax on establishments (TCL) the local-taxes section gives, with the note it comes from.
    [
      'quel est le taux de la taxe sur les établissements ?',
      'Fiscalité locale et recouvrement',
      ['note commune n° 20/97'],
      ['57-3'],
    ],
  ] as const)('%s', async (question, heading, cited, notCited) => {
    const answer = await ask(question);
    expect(answer.heading).toContain(heading);
    for (const source of cited) expect(answer.references).toContain(source);
    for (const source of notCited) expect(answer.references).not.toContain(source);
  });
});

describe('the sections of the references page declare what they rest on', () => {
  const kb = createKnowledgeBase(resolve(import.meta.dirname, '../../../knowledge'));
  kb.sync();
  const declared = (language: 'fr' | 'ar', heading: string) => {
    const page = kb.page('s1-references-services', language);
    const chunk = page?.chunks.find((c) => c.headingPath.at(-1)?.startsWith(heading));
    return (chunk?.sourcePositions ?? []).map((p) => page?.sources[p - 1] ?? '');
  };

  it.each([
    [
      'fr',
      'Comment utiliser ces références',
      ['Vos démarches – état civil', 'art. 68 et 69', "Le système d'évaluation"],
    ],
    ['ar', 'كيف نستعمل هذه المراجع', ['إجراءاتكم – الحالة المدنية', 'الفصل 68 والفصل 69', '«منظومة التقييم»']],
    // The delegation list names the two texts it reads: the CCL's article 85 and the concessions law.
    ['fr', "Ce qu'une commune peut déléguer", ['art. 85', 'Loi n° 2008-23']],
    ['ar', 'ما الذي يمكن للبلدية تفويضه', ['الفصل 85', 'القانون عدد 23 لسنة 2008']],
  ] as const)('%s: « %s »', (language, heading, names) => {
    const cited = declared(language, heading);
    expect(cited).toHaveLength(names.length);
    names.forEach((name, i) => expect(cited[i]).toContain(name));
  });
});
