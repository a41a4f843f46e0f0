import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/features/knowledge/analyze.ts';
import { askingTokens, comparedSides, questionIntents } from '../../../src/features/knowledge/intent.ts';
import { sectionIntents } from '../../../src/features/knowledge/section-intents.ts';

describe('what a question asks for', () => {
  it.each([
    ["c'est quoi le kaizen ?", 'definition'],
    ['PDCA c koi exactement ?', 'definition'],
    ['ما هو الكايزن؟', 'definition'],
    ['wach howa el kaizen ?', 'definition'],
    // "who" at the head of a clause, with its object pronoun
    ['la charte des services, qui la valide ?', 'who'],
    ['le plan d’action : qui le suit et qui le finance ?', 'who'],
    // "what does it mean" asked with the verb (يعني), not only the noun (معنى)
    ['ماذا يعني التحسين المستمر؟', 'definition'],
    ['chnowa el pdca', 'definition'],
    ["les étapes d'une enquête de satisfaction", 'steps'],
    ['مراحل التفكير التصميمي', 'steps'],
    ['chneya el marahel mta3 el pdca', 'steps'],
    ['comment rédiger une procédure', 'how'],
    ['كيف نحفز الأعوان', 'how'],
    ['kifech n9isou rdha el mwatnin', 'how'],
    ['quels sont les types de gaspillage', 'types'],
    ['les 7 gaspillages du lean', 'types'],
    ['أنواع الهدر', 'types'],
    ['avantages et inconvénients de la gestion déléguée', 'proscons'],
    ['مزايا وعيوب التصرف المفوض', 'proscons'],
    ['الفرق بين النجاعة والفاعلية', 'comparison'],
    ['Quelle loi encadre les concessions ?', 'law'],
    ['ما هو القانون المنظم للزمات', 'law'],
    ['combien de temps pour un permis de bâtir', 'figures'],
    ['كم مدة معالجة الشكوى', 'figures'],
    ['9adech el ajel mta3 rokhset el bini', 'figures'],
    ['un exemple de fiche action', 'example'],
  ])('%s → %s first', (question, intent) => {
    expect(questionIntents(question)[0]).toBe(intent);
  });

  it('reads 9adeh (قداه) as "how much", like 9adech, and drops it as a question word', () => {
    expect(questionIntents('9adeh ya5ou el istikbal')[0]).toBe('figures');
    expect(analyze('9adeh ya5ou el istikbal')).toEqual(analyze('9adech ya5ou el istikbal'));
  });

  it('reads a plain "what is/are" before a specific ask as the form of the question only', () => {
    expect(questionIntents('ما هي أنواع الهدر')).toEqual(['types']);
    expect(questionIntents('ما هي مراحل التدقيق الداخلي')).toEqual(['steps']);
    expect(questionIntents("c'est quoi les étapes d'un audit")).toEqual(['steps']);
    // asked for the meaning in so many words, it is a definition too
    expect(questionIntents('ما معنى مراحل PDCA')).toEqual(['steps', 'definition']);
    expect(questionIntents('kaizen')).toEqual([]);
  });

  it('knows a yes-or-no question, after any specific ask', () => {
    expect(questionIntents("est-ce qu'une commune peut être certifiée ISO 18091 ?")).toEqual(['verify']);
    expect(questionIntents('هل الشراكة بين القطاعين تفويض للمرفق العام')).toEqual(['verify']);
    expect(questionIntents('le CAF est-il une certification ? combien de critères')[0]).toBe('figures');
    expect(questionIntents('comment mesurer la satisfaction')).not.toContain('verify');
  });

  it('reads "what does it contain" as a list, and the deadlines asked with "ما هي" as figures', () => {
    expect(questionIntents('ماذا تتضمن مذكرة التأطير')).toEqual(['types']);
    expect(questionIntents('que contient une fiche action')[0]).toBe('types');
    expect(questionIntents('ما هي آجال رخصة البناء')).toEqual(['figures', 'definition']);
    // with the article: "الأجل", "المدة"
    expect(questionIntents('ما هو الأجل الأقصى لإصلاح عطب')[0]).toBe('figures');
    expect(questionIntents('ما هي المدة المطلوبة لتسليم الرخصة')[0]).toBe('figures');
    expect(questionIntents('comment calculer le coût complet')).toEqual(['how', 'figures']);
    expect(questionIntents('ما هي البلديات النموذجية وعددها')[0]).toBe('figures');
    // The cue words carry the article or a pronoun: العناصر, تتضمنها.
    expect(questionIntents('ما هي العناصر التي تتضمنها بطاقة العمل')[0]).toBe('types');
    expect(questionIntents('شنوة الخطوات')[0]).toBe('steps');
  });

  it('does not read civil status (الحالة المدنية) as a case asked for', () => {
    expect(questionIntents('من يوقع في دفاتر الحالة المدنية')).not.toContain('example');
    expect(questionIntents('أعطني حالة من بلدية تونسية')).toContain('example');
  });

  it('reads Tunisian in Arabic letters: شنوة is "what", شنوة نعملو "what do we do", قداش "how many"', () => {
    expect(questionIntents('شنوة الكايزن')).toEqual(['definition']);
    expect(questionIntents('شنوة نعملو كي مواطن يجي يشكي')).toEqual(['how']);
    expect(questionIntents('قداش من مؤشر فيه التشخيص')[0]).toBe('figures');
  });

  it('puts "how many" before the list it counts', () => {
    expect(questionIntents('combien de critères dans le CAF')).toEqual(['figures', 'types']);
    expect(questionIntents('كم عدد المعايير الفرعية')[0]).toBe('figures');
  });
});

describe('what a section offers', () => {
  it('reads headings in both languages, surely', () => {
    const offered = sectionIntents(['Les 8 étapes de Kotter, dans l’ordre', 'مراحل كوتر الثمانية'], 'Texte.', 3);
    expect(offered.get('steps')).toBe(1);
    expect(sectionIntents(['Avantages et inconvénients de la régie'], '', 4).get('proscons')).toBe(1);
    expect(sectionIntents(['Besoins et attentes : la différence'], '', 1).get('comparison')).toBe(1);
    expect(sectionIntents(['La concession (loi n° 2008-23)'], '', 3).get('law')).toBe(1);
  });

  it('reads a heading that asks "how long" as a figure, not as phases ("en quatre temps")', () => {
    const duration = sectionIntents(['Le permis : délivré par qui et en combien de temps'], '', 4);
    expect(duration.get('figures')).toBe(1);
    expect(duration.has('steps')).toBe(false);
    expect(sectionIntents(['رخصة البناء: في كم يومًا؟'], '', 4).get('figures')).toBe(1);
    expect(sectionIntents(['Un audit en trois temps'], '', 2).get('steps')).toBe(1);
  });

  it('reads a body that cites a text by its number as saying the law, less surely than a heading', () => {
    expect(sectionIntents(['Qui signe'], 'Le président signe (décret n° 2014-1039).', 3).get('law')).toBe(0.5);
    expect(sectionIntents(['Qui signe'], 'Le contrat suit le CCL, art. 12.', 3).get('law')).toBe(0.5);
    expect(sectionIntents(['من يمضي'], 'يمضي رئيس البلدية حسب الفصل 12 من المجلة.', 3).get('law')).toBe(0.5);
    // a year is no citation
    expect(sectionIntents(['Qui signe'], 'Depuis 2014, la loi a changé.', 3).has('law')).toBe(false);
  });

  it('reads a heading that says what something is not as settling a yes-or-no', () => {
    expect(sectionIntents(['Une norme non certifiable'], '', 3).get('verify')).toBe(1);
    expect(sectionIntents(['Le CAF n’est pas une certification'], '', 8).get('verify')).toBe(1);
    expect(sectionIntents(['Un titre'], 'Un PPP n’est pas une délégation.', 5).get('verify')).toBe(0.5);
    expect(sectionIntents(['Les 7 gaspillages'], 'Texte.', 2).has('verify')).toBe(false);
  });

  it('reads a section of indicators as offering figures (a rate, a count)', () => {
    expect(sectionIntents(['Les indicateurs de suivi des réclamations'], '', 6).get('figures')).toBe(1);
    expect(sectionIntents(['مؤشرات متابعة الشكاوى'], '', 6).get('figures')).toBe(1);
  });

  it('reads a method named by a count and a question as a tool, not a list nor a reason', () => {
    for (const heading of ['Les 5 pourquoi', 'طريقة "لماذا" الخمس']) {
      const offered = sectionIntents([heading], 'Texte.', 3);
      expect(offered.has('types')).toBe(false);
      expect(offered.has('purpose')).toBe(false);
    }
  });

  it('reads a count in a heading as figures, not a law number or a clause', () => {
    expect(sectionIntents(['Les 9 critères : 5 facteurs et 4 résultats'], '', 2).get('figures')).toBe(1);
    expect(sectionIntents(['المعايير التسعة'], '', 2).get('figures')).toBe(1);
    expect(sectionIntents(['La concession (loi n° 2008-23)'], '', 3).has('figures')).toBe(false);
    expect(sectionIntents(['Clause 9.2 : l’audit interne'], '', 5).has('figures')).toBe(false);
  });

  it('reads the shape of a body less surely, and the first sections as the subject', () => {
    const offered = sectionIntents(['Un titre'], '1. un\n2. deux\n3. trois', 4);
    expect(offered.get('steps')).toBe(0.5);
    expect(offered.get('types')).toBe(0.5);
    expect(sectionIntents(['Un titre'], 'Texte.', 1).get('definition')).toBe(0.5);
    expect(sectionIntents(['Un titre'], 'Texte.', 4).get('definition')).toBeUndefined();
  });

  it('knows an example by how its heading starts', () => {
    expect(sectionIntents(['Exemple dans une commune tunisienne'], '', 6).has('example')).toBe(true);
    expect(sectionIntents(['Le coût unitaire : exemple du coût par tonne'], '', 4).has('example')).toBe(false);
  });
});

describe('the words that say what is asked, not what about', () => {
  it.each([
    ['quel est le délai légal pour déclarer une naissance ?', 'délai légal', 'naissance déclarer'],
    ['ما هو الأجل القانوني للتصريح بالولادة؟', 'الأجل القانوني', 'التصريح الولادة'],
    ['dans combien de jours faut-il déclarer un décès ?', 'combien', 'jours déclarer décès'],
  ])('%s: %s, not %s', (question, asked, subject) => {
    const asking = askingTokens([question]);
    for (const token of analyze(asked)) expect(asking).toContain(token);
    for (const token of analyze(subject)) expect(asking).not.toContain(token);
  });
});

describe('the things a « difference between » question compares', () => {
  it.each([
    ['différence entre régie et concession ?', 'régie', 'concession'],
    ['quelle différence entre efficacité et efficience', 'efficacité', 'efficience'],
    ['الفرق بين الاستغلال المباشر واللزمة', 'الاستغلال المباشر', 'اللزمة'],
    ['شنوة الفرق بين الكايزن و PDCA؟', 'الكايزن', 'PDCA'],
    ['régie vs concession', 'régie', 'concession'],
  ])('%s', (question, x, y) => {
    expect(comparedSides(question)).toEqual([analyze(x), analyze(y)]);
  });

  it('none when the question puts no two things side by side', () => {
    expect(comparedSides('différence de coût de la régie')).toEqual([]);
    expect(comparedSides('الفرق بين وقت الانتظار')).toEqual([]);
  });
});
