// The references an answer ends with fit the text it shows: not the sources of another paragraph
// of the page, nor those sharing only words of the question. Through the real knowledge feature
// (/ask on the real conversation), in both languages.
import { describe, expect, it } from 'vitest';
import { cutReference } from '../../../src/features/knowledge/references.ts';
import { useKnowledgeConversation } from '../../helpers/knowledge.ts';
import { plain, sender, text } from '../../helpers/messages.ts';

const handle = useKnowledgeConversation();
const amina = sender({ externalId: 'amina-refs', displayName: 'Amina' });

/** The answer's last line, its references, without the isolation marks around placeables. */
async function referencesOf(question: string): Promise<string> {
  const out = plain(await handle(text(amina, `/ask ${question}`))).replace(/[\u2066-\u2069]/g, '');
  const line = out.split('\n').find((l) => /^(Sources : |المصادر: )/.test(l));
  if (!line) throw new Error(`no references in: ${out}`);
  return line;
}

describe('references of what the answer shows', () => {
  it.each([
    // Building-permit deadlines: the planning code and the permit's validity, not the civil-status
    // cards that share « تسليم » and « أجل » with the question.
    [
      'ما هي آجال تسليم رخصة البناء؟',
      ['عدد 122 لسنة 1994', 'صلاحية الرخصة'],
      ['ksibet.site', 'إجراءاتكم', 'الحالة المدنية'],
    ],
    [
      'quels sont les délais pour obtenir un permis de bâtir ?',
      ['94-122'],
      ['ksibet.site', 'Vos démarches', 'Bouarada'],
    ],
    // « bâtir » of the permit and « bâtis » of the land tax share a stem, not a meaning: the land-tax
    // tariffs of one commune are no reference for the permit's deadline.
    ["délai légal pour décider d'un permis de bâtir", ['94-122', 'Validité, autres permis'], ['Bouarada']],
    // The permit's deadline runs from « le dépôt d'un dossier complet », as the marriage card's: the
    // card is written for the marriage section, not this one.
    ['Quel est le délai légal pour délivrer un permis de bâtir ?', ['94-122'], ['ksibet.site', 'Bouarada']],
    // Legalising a signature: the civil-status section's references, not the service cards on
    // marriage and death certificates, written for other sections, that share « état civil » with its heading.
    ['combien de temps pour une légalisation de signature ?', ['Vos démarches'], ['ksibet.site']],
    // Nor the land-tax tariffs (تعريفات) of one commune: تعريف here is legalising, not a tariff.
    ['كم يستغرق التعريف بالإمضاء؟', ['إجراءاتكم'], ['ksibet.site', 'بوعرادة']],
    // Entrusting waste collection: the list of what may be delegated also names civil status,
    // whose sources say nothing of entrusting collection.
    ['هل يمكن تعهيد رفع الفضلات؟', ['الفصل 85', 'عدد 23 لسنة 2008'], ['إجراءاتكم', 'ksibet.site', 'الحالة المدنية']],
    [
      "est-ce qu'on peut confier la collecte des déchets à une société privée ?",
      ['2008-23'],
      ['état civil', 'ksibet.site'],
    ],
    [
      'peut-on confier la collecte à une société privée ?',
      ['2008-23'],
      ['2015-49', 'état civil', 'collectivites-locales'],
    ],
    // Affermage: the French definition and the Tunisian concession the text names, not the market
    // arrears of a paragraph the answer does not show.
    [
      "c'est quoi l'affermage d'un marché municipal ?",
      ['collectivites-locales.gouv.fr (France)', '2008-23'],
      ['ATGF', 'Directinfo', '2015-49'],
    ],
    [
      'ما هو عقد الإيجار لاستغلال المسلخ البلدي؟',
      ['collectivites-locales.gouv.fr (فرنسا)', 'عدد 23 لسنة 2008'],
      ['ATGF', 'Directinfo', 'عدد 49 لسنة 2015'],
    ],
    // Entrusting street lighting to a company: the delegation law and concessions the answer is
    // about, not the street-light savings of Kairouan or Hammam-Lif, which share only « éclairage
    // public » with the question, not its subject (delegating).
    [
      "peut-on confier l'éclairage public à une entreprise privée ?",
      ['2018-29', '2008-23'],
      ['Kairouan', 'Hammam-Lif'],
    ],
    ['هل يمكن تفويض التنوير العمومي لشركة خاصة؟', ['عدد 29 لسنة 2018'], ['القيروان', 'حمام الأنف']],
    // Entrusting (« تعهد بـ … إلى », « تعهيد ») is delegating too: the glossary reads it as the
    // « التصرف المفوض » the heading says as « تفويض », another form of the same verb.
    [
      'هل يمكن للبلدية أن تعهد بالتنوير العمومي إلى شركة خاصة؟',
      ['عدد 29 لسنة 2018', 'عدد 23 لسنة 2008'],
      ['القيروان', 'حمام الأنف', 'Dundee'],
    ],
    ['هل يمكن تعهيد التنوير العمومي إلى شركة؟', ['عدد 29 لسنة 2018'], ['القيروان', 'حمام الأنف', 'Dundee']],
    // The complaint circuit: not the French Senate's opinion, which shares with it only « réclamation »,
    // the word every section of the complaints page says.
    ['كيف نتعامل مع شكايات المواطنين؟', ['عدد 1549 لسنة 1993'], ['مجلس الشيوخ', 'عدد 116']],
    ['comment prendre en charge les réclamations des citoyens ?', ['93-1549'], ['Sénat', 'avis n° 116']],
    // Nor when it shares « traitement » too, another word most sections say. « Traiter les
    // réclamations » names ISO 10002 in the glossary: the standard is cited, though the circuit
    // does not repeat its number.
    ['comment traiter les réclamations des citoyens ?', ['ISO 10002', '93-1549'], ['Sénat', 'avis n° 116']],
    ['كيف نعالج شكايات المواطنين؟', ['ISO 10002', 'عدد 1549 لسنة 1993'], ['مجلس الشيوخ', 'عدد 116']],
    // Measuring the waiting time is the programme's method: its document is cited, the French
    // family-allowance indicator beside it as the comparison it is, not instead of it.
    [
      "Comment mesurer le temps d'attente au guichet de l'état civil ?",
      ["Document du programme, session 1, séquence « L'accueil", 'Etalab'],
      [],
    ],
    ['كيف نقيس وقت الانتظار في شباك الحالة المدنية؟', ['وثيقة البرنامج، الدورة الأولى'], []],
    // From the diagnostic to the plan: ISO 9001's clause on improvement shares only « التحسين », a
    // word of every section of the page; the programme document the page is written from comes with it.
    ['كيف نعد خطة عمل بعد التشخيص؟', ['وثيقة البرنامج، الدورة الأولى', 'البند 10'], []],
    ["comment faire un plan d'action après le diagnostic ?", ['Document du programme, session 1'], []],
    // Quality circles: Ishikawa, who wrote on them, not Juran's Pareto principle, which shares only
    // « الجودة », said by most sections of the page, and not « حلقات », the word the heading opens with.
    ['ما هو دور الكاتب العام في حلقات الجودة؟', ['Ishikawa'], ['Juran']],
    ['كيف ننشط حلقة جودة؟', ['Ishikawa'], ['Juran']],
    ['quel est le rôle du secrétaire général dans les cercles de qualité ?', ['Ishikawa'], ['Juran']],
    // The roads section declares its sources (see declared-sources.test.ts): the road references,
    // not the civil-status law that opens the list of services, nor the green spaces' ISO 37120.
    ['quels indicateurs pour la voirie et les trottoirs ?', ['UK Roads Liaison Group'], ['57-3', 'ISO 37120']],
    ['ما هي مؤشرات الطرقات والأرصفة؟', ['UK Roads Liaison Group'], ['عدد 3 لسنة 1957', 'ISO 37120']],
    // A model the heading names is the section's own subject: its author's work is cited alone.
    ['le modèle de Lewin', ['Kurt Lewin'], ['Document du programme']],
    ['أبعاد الجودة SERVQUAL', ['Parasuraman'], ['وثيقة البرنامج']],
  ] as const)('%s', async (question, cited, notCited) => {
    const line = await referencesOf(question);
    for (const source of cited) expect(line).toContain(source);
    for (const source of notCited) expect(line).not.toContain(source);
  });
});

describe('references of a question typed in Latin letters, in Arabic', () => {
  it('cites the programme document for the plan that follows the diagnostic', async () => {
    const rania = sender({ externalId: 'rania-refs', displayName: 'Rania' });
    await handle(text(rania, '/lang ar'));
    const out = plain(await handle(text(rania, "/ask kifech na3mlou plan d'action ba3d el diagnostic ?")));
    const line = out
      .replace(/[\u2066-\u2069]/g, '')
      .split('\n')
      .find((l) => l.startsWith('المصادر: '));
    expect(line).toContain('وثيقة البرنامج، الدورة الأولى');
  });
});

describe('a long reference shortened', () => {
  /** Each opening parenthesis or guillemet of the line is closed after it. */
  const balanced = (line: string) => {
    let depth = 0;
    for (const c of line) {
      if (c === '(' || c === '«') depth++;
      if (c === ')' || c === '»') depth--;
      if (depth < 0) return false;
    }
    return depth === 0;
  };

  it.each(['ما هي آجال تسليم مضمون الولادة؟', 'Quel est le délai pour délivrer un extrait de naissance ?'])(
    'leaves no aside open: %s',
    async (question) => {
      const line = await referencesOf(question);
      expect(line).toContain('…');
      expect(balanced(line), line).toBe(true);
    },
  );

  it('closes the aside its cut leaves open, and leaves a short one whole', () => {
    const kef =
      "Commune du Kef, « Validité, autres permis et renouvellement » (validité de 3 ans, prorogation sur demande déposée un mois avant l'expiration, récolement dans les deux mois, pièces à fournir)";
    expect(cutReference(kef, 120)).toBe(
      'Commune du Kef, « Validité, autres permis et renouvellement » (validité de 3 ans, prorogation sur demande déposée un …)',
    );
    const tunis = 'بلدية تونس، «ترسيم الوفاة» (3 أيام؛ بعدها إذن المحكمة، مع شهادة طبية ونسخة من بطاقة التعريف)';
    expect(cutReference(tunis, 50)).toBe('بلدية تونس، «ترسيم الوفاة» (3 أيام؛ …)');
    expect(cutReference('Loi n° 94-122 ; CATU, art. 69', 120)).toBe('Loi n° 94-122 ; CATU, art. 69');
  });
});

describe('references of a made-up example', () => {
  // The charter of a fictitious Tunisian commune shares « charte » and « accueil » with the French
  // Services Publics + programme: it cites what the page is written from, not that programme.
  it.each([
    ["charte d'accueil des usagers exemple", 'fr', 'Document du programme, session 2'],
    ['مثال ميثاق استقبال المواطنين', 'ar', 'وثيقة البرنامج، الدورة الثانية'],
  ] as const)('%s', async (question, locale, cited) => {
    const user = sender({ externalId: `example-refs-${locale}`, displayName: 'Sami' });
    await handle(text(user, `/lang ${locale}`));
    const out = plain(await handle(text(user, `/ask ${question}`))).replace(/[\u2066-\u2069]/g, '');
    expect(out).toMatch(/Exemple fictif|مثال افتراضي/);
    const line = out.split('\n').find((l) => /^(Sources : |المصادر: )/.test(l));
    expect(line).toContain(cited);
    expect(line).not.toContain('Services Publics');
    expect(line).not.toContain('Marianne');
  });
});

describe('the indicator examples cite the method and the permit deadline, in both languages', () => {
  // The three services' indicators follow the programme's method; only the permit's rests on the
  // planning code. The Arabic answer cited the code alone, as if the whole list came from it.
  it.each([
    ["exemple d'indicateur de performance", 'fr', ['Document du programme, session 1', '94-122']],
    ['مثال مؤشر أداء', 'ar', ['وثيقة البرنامج، الدورة الأولى', 'عدد 122 لسنة 1994']],
  ] as const)('%s', async (question, locale, cited) => {
    const user = sender({ externalId: `indicator-refs-${locale}`, displayName: 'Hela' });
    await handle(text(user, `/lang ${locale}`));
    const out = plain(await handle(text(user, `/ask ${question}`))).replace(/[\u2066-\u2069]/g, '');
    const line = out.split('\n').find((l) => /^(Sources : |المصادر: )/.test(l));
    for (const source of cited) expect(line).toContain(source);
  });
});
