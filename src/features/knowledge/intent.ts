// What a question asks for (a definition, steps, a list of types, a comparison, a law, figures),
// matched with what a section offers (section-intents.ts), so that "les étapes du PDCA" gets the
// four steps, not the principle.
// Cues are read on folded text (no accents, Arabic spelling variants folded), in French with its
// SMS spellings, Arabic (MSA and Tunisian) and Tunisian typed in Latin letters.
import { analyze, normalizeText, words } from './analyze.ts';
import { fromArabizi } from './arabizi.ts';

export const intents = [
  'definition',
  'steps',
  'how',
  'remedy',
  'types',
  'comparison',
  'proscons',
  'choice',
  'purpose',
  'pitfalls',
  'who',
  'when',
  'law',
  'figures',
  'example',
  'verify',
] as const;
export type Intent = (typeof intents)[number];

/** Cues that a question asks for each intent (word boundaries by hand: \b does not know Arabic letters). */
const questionCues: Record<Intent, RegExp> = {
  definition:
    /c.?est quoi|c koi|ckoi|c quoi|qu.?est[ -]ce qu|definition|definir|veut dire|signifie|kesako|qu.?appelle|(^|[^\p{L}])(ما هو|ما هي|ماهو|ماهي|ما معني|معني|تعريف|ما المقصود|ماذا نعني|ماذا يعني|ما يعني|شنوه يعني|شنوا يعني|شنو(?! نعمل)|شنوه(?! نعمل)|شنوا(?! نعمل)|شنيه|اشنو|اشنوه|واش هو|chnowa|chnouwa|chnoua|chnia|chniya|chneya|chnya|wach|wesh|ma3neha|chma3neha)($|[^\p{L}])/u,
  steps:
    /etapes?|demarche($|[^\p{L}s])|phases?|deroul|dans l.?ordre|par ou commencer|mettre en (place|oeuvre)|marahel|mara7el|khatawat|(^|[^\p{L}])(مراحل|المراحل|خطوات|الخطوات|مرحله|كيفيه)($|[^\p{L}])/u,
  how: /(^|[^\p{L}])(comment|cmt|cmnt|komment|methode|kifech|kifach|kifeh|kifesh|kifash|kifch|كيف|كيفاش|كيفيه|طريقه|شنعمل|شنعملو|نعملو|ما العمل)($|[^\p{L}])|que (puis-je |peut-on |doit-on |dois-je |faut-il )?faire|quoi faire|on fait (quoi|comment)|s.?y prend|faire pour|ماذا (نفعل|نعمل|يجب ان نفعل)|شنوه? (نعملو|نعمل)|chn(o|ou)wa n(a)?3mlou/u,
  remedy:
    /que (puis-je |peut-on |doit-on |dois-je |faut-il )?faire|quoi faire|(^|[^\p{L}])(reduire|diminuer|raccourcir|accelerer|eviter|resoudre|regler|remedier|ameliorer|moins|نحسن|نحسنو|نقلص|نقصو|نقص|تقليص|التقليص|نسرع|نحل|حل|نتجنب|تجنب|نتفادي|تفادي)($|[^\p{L}])/u,
  types:
    /(^|[^\p{L}])(types?|sortes?|categories|familles?|liste|contient|contenu|comprend|parties|sections|elements|يتضمن|تتضمن|محتوي|مضمون|quel(le)?s sont|principes|criteres|dimensions|composantes|rubriques|outils|leviers|niveaux|styles|quadrants|anwe3|anwa3|chnouma|chnoumen|انواع|اصناف|فئات|قايمه|عناصر|مكونات|مبادي|معايير|ابعاد|محاور|مستويات|ادوات|روافع)($|[^\p{L}])|(^|[^\p{L}])(les )?\d+ \p{L}{4,}s($|[^\p{L}])|(السبع|الخمس|الاربع|الثلاث|الثماني|الست|التسع)/u,
  comparison: /differen|distingu|(^|[^\p{L}])(vs|versus|plutot|pareil|far9|farq|الفرق|فرق)($|[^\p{L}])/u,
  proscons:
    /(^|[^\p{L}])(avantages?|inconvenients?|pour et contre|points forts|points faibles|limites|mzeya|3youb|مزايا|عيوب|ايجابيات|سلبيات|محاسن|مساوي)($|[^\p{L}])/u,
  choice:
    /(^|[^\p{L}])(choisir|choix|lequel|laquelle|lesquels|meilleur|meilleure|mieux|plutot|opter|نختار|اختيار|افضل|احسن|ام|wala)($|[^\p{L}])|ou bien/u,
  purpose:
    /(^|[^\p{L}])(pourquoi|pk|pq|pkoi|pourkoi|utilite|interet|importance|لماذا|علاش|علاه|فايده|الفايده|اهميه|3lech|alech|3leh|fayda)($|[^\p{L}])|a quoi (ca )?ser|sert a quoi|servent a quoi|ما (هي )?(الفايده|فايده)/u,
  pitfalls:
    /(^|[^\p{L}])(erreurs?|pieges?|eviter|fautes?|derives?|اخطاء|الاخطاء|خطا|الخطا|مزالق|تجنب|نتجنب|نتجنبو|الغلطات|اغلاط|ghaltat)($|[^\p{L}])|ne (pas|jamais) faire/u,
  // "…, qui le finance ?" asks who at the head of a clause (not "un agent qui le fait").
  who: /^(qui|chkoun|chkun|chkoune|شكون|اشكون)($|[^\p{L}])|(^|[,;?] ?|(^|[^\p{L}])et )qui (finance|signe|valide|paie|(le|la|les|l|en|lui|leur) \p{L}{3,})|(^|[^\p{L}])(qui (est|sont|fait|gere|pilote|s.?occupe|decide|suit)|roles?|شكون|دور|ادوار|و?من (هو|هي|هم|يقوم|يسير|يتابع|المسوول|يعمل|يشارك))($|[^\p{L}])/u,
  when: /^(quand|متي|وقتاش|امتي)($|[^\p{L}])|(et|,) quand ?\??$|a quel moment|quand (faut|doit|faire|organiser|lancer|commencer)|tous les combien|chaque combien|combien de fois|frequence|periodicite|(^|[^\p{L}])(متي|وقتاش|دوريه|wa9tech|waqtech)($|[^\p{L}])|كل (قداش|كم)|kol 9adech/u,
  law: /(^|[^\p{L}])(loi|lois|texte|textes|decret|decret-loi|article|juridiques?|legal|legale|legaux|legislation|reglementation|jort|encadre|9anoun|qanoun|قانون|القانون|مرسوم|المرسوم|الفصل|تشريع|الرايد الرسمي|قانوني|القانوني|المنظم)($|[^\p{L}])/u,
  figures:
    /(^|[^\p{L}])(combien|cb|nombre|chiffres?|taux|pourcentage|9adech|qadech|kadech|gadech|9adeh|9adah|qadeh|gadeh|قداش|قداه|كم|و?عدد(ها|هم)?|نسبه|ارقام)($|[^\p{L}])|%/u,
  // الحالة المدنية is civil status, not a case.
  example: /(^|[^\p{L}])(exemples?|cas|illustration|mithal|مثال|امثله|حاله(?! (?:ال)?مدني))($|[^\p{L}])/u,
  // A yes-or-no question ("est-ce qu'une commune peut être certifiée", "هل الشراكة تفويض").
  verify:
    /^(est[- ]ce|peut[- ]on|faut[- ]il|doit[- ]on|y a[- ]t[- ]il|هل)($|[^\p{L}])|(^|[^\p{L}])(est-(il|elle)|peut-(il|elle)|sont-(ils|elles)|يجوز)($|[^\p{L}])/u,
};

/**
 * Whether something is allowed, asked of the thing itself: « X est-elle légale ? », « est il
 * permis de … », « c'est légal ? », « هل … قانوني؟ », « … مسموح؟ ». A yes-or-no question on an
 * action, as « peut-on … » is; « le délai légal » asks no such thing (no « est », no « هل »).
 */
const legalityAsked =
  /(^|[^\p{L}])(est|sont|c.?est)[- ]?(il|elle|ils|elles|ce|ca)?( (vraiment|bien|toujours))? (legal|legale|legaux|legales|permis|permise|autorise|autorisee|interdit|interdite|reglementaire|conforme)($|[^\p{L}])|^هل .*(قانوني|قانونيه|جايز|جايزه|مسموح|مسموحه|ممنوع|ممنوعه)($|[^\p{L}])/u;

/** The words of such a question that ask whether, not about what. */
const legalityWords =
  /(^|[^\p{L}])(est|sont|c.?est|il|elle|ils|elles|vraiment|legal|legale|legaux|legales|permis|permise|autorise|autorisee|interdit|interdite|reglementaire|conforme|هل|قانوني|قانونيه|جايز|جايزه|مسموح|مسموحه|ممنوع|ممنوعه)(?=$|[^\p{L}])/gu;

/** Asks more specific than "what is": what is asked is then named. */
const specificAsks = new Set<Intent>([
  'steps',
  'types',
  'comparison',
  'proscons',
  'pitfalls',
  'law',
  'figures',
  'example',
]);

/** A definition asked for in so many words (its meaning, what it means), not only "what is". */
const explicitDefinition =
  /definition|definir|veut dire|signifie|kesako|qu.?appelle|(^|[^\p{L}])(معني|تعريف|المقصود|ماذا نعني|ماذا يعني|ما يعني|ma3neha|chma3neha)($|[^\p{L}])/u;

/**
 * Words that name a quantity ("le délai", "الكلفة") ask for figures less surely than "combien":
 * "calculer le coût complet" asks how, "le délai légal du permis" asks for the figure.
 */
const quantityWords =
  /(^|[^\p{L}])(delais?|duree|cout|couts|montant|frequence|taille|مده|اجل|اجال|كلفه|تكلفه|حجم)($|[^\p{L}])/u;

/** A French question that starts with a verb ("organiser un atelier", "mettre en ligne") asks how. */
const startsWithVerb =
  /^(organiser|mettre|rediger|ecrire|calculer|mesurer|construire|preparer|animer|reduire|ameliorer|gerer|installer|elaborer|conduire|lancer|suivre|prioriser|comparer|digitaliser|simplifier|motiver|resoudre|former|evaluer|diagnostiquer|impliquer|associer|choisir|fixer|definir|remplir|tenir|afficher|publier|ranger|supprimer|eliminer|eviter|faire|traiter|repondre|accueillir|informer|documenter|deleguer|confier|preparer|negocier|recruter|planifier|piloter|animer|cartographier|dessiner|tester|inventer|creer|concevoir)($|[^\p{L}])/u;

/** Words of tax and its collection: beside them, « rôle » is the tax roll, not someone's part. */
const taxWords =
  /^(tib|ttnb|tcl|taxes?|impots?|imposition|fiscal(e|ite)?|recouvrement|contribuables?|redevables?|assiette)$/u;

/** How far from « rôle » a word of tax makes it the tax roll ("le rôle de la taxe sur les immeubles"). */
const taxRollReach = 4;

/**
 * The question with « rôle » read as the tax roll where a word of tax stands near it: "comment est
 * établi le rôle de la TIB" asks how the roll of imposition is made, not who does what. The word
 * becomes « imposition », the pages' word for that sense (« rôle d'imposition »): the question then
 * reaches neither the section on people's roles nor the sections that say who does what.
 */
export function readTaxRoll(text: string): string {
  const spelt = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    at: m.index,
    word: m[0],
    folded: normalizeText(m[0]),
  }));
  const taxAt = spelt.flatMap((w, i) => (taxWords.test(w.folded) ? [i] : []));
  if (taxAt.length === 0) return text;
  let read = text;
  for (let i = spelt.length - 1; i >= 0; i--) {
    const w = spelt[i];
    if (!w || !/^roles?$/u.test(w.folded) || !taxAt.some((k) => Math.abs(k - i) <= taxRollReach)) continue;
    read = `${read.slice(0, w.at)}imposition${read.slice(w.at + w.word.length)}`;
  }
  return read;
}

/**
 * The intents of a question, strongest first. A specific ask (steps, types, comparison, law,
 * figures) wins over a generic "what is" ("ما هي أنواع الهدر" asks for types), and both win over
 * a quantity named as a topic ("comment calculer le coût" asks how).
 */
export function questionIntents(question: string): Intent[] {
  const text = normalizeText(readTaxRoll(question)).trim();
  // The cues name Arabic words bare: "العناصر" and "تتضمنها" are read as عناصر and تتضمن too.
  const bare = text.replace(/(^|[^\p{L}])(?:و|ف)?(?:ال|بال|لل)(\p{Script=Arabic}{3,})/gu, '$1$2');
  const unsuffixed = bare.replace(/(\p{Script=Arabic}{4,})(?:ها|هم|ه)(?=$|[^\p{L}])/gu, '$1');
  // Tunisian in Latin letters is read in the French words it stands for too ("marahel" → étapes).
  const french = normalizeText(
    words(text)
      .map((w) => fromArabizi(w) ?? w)
      .join(' '),
  );
  const found: Intent[] = intents.filter((intent) =>
    [text, bare, unsuffixed, french].some((t) => questionCues[intent].test(t)),
  );
  if (!found.includes('how') && startsWithVerb.test(text)) found.push('how');
  if (!found.includes('verify') && legalityAsked.test(text)) found.push('verify');
  // "ما هي خطوات …", "c'est quoi les étapes" ask for the steps: a plain "what is/are" before a
  // specific ask is only the form of the question, unless it names the meaning ("ما معنى", "définition").
  const plainWhat = found.some((i) => specificAsks.has(i)) && ![text, bare].some((t) => explicitDefinition.test(t));
  if (plainWhat && found.includes('definition')) found.splice(found.indexOf('definition'), 1);
  // "Que faire", "réduire" say less surely what is asked than "les pièges" or "les étapes".
  // "Combien", "كم" ask for a number before anything else ("combien de critères" is not their list).
  const rank = (i: Intent) =>
    i === 'definition' || i === 'how' ? 2 : i === 'remedy' || i === 'verify' ? 1 : i === 'figures' ? -1 : 0;
  const ordered = [...found].sort((a, b) => rank(a) - rank(b));
  // « X est-il légal ? » asks yes or no on X first: the law is how it is settled.
  if (legalityAsked.test(text)) ordered.sort((a, b) => Number(b === 'verify') - Number(a === 'verify'));
  if (ordered.includes('figures') || ![text, bare].some((t) => quantityWords.test(t))) return ordered;
  // "ما هي آجال …" asks for the deadlines, not what a deadline is.
  return ordered[0] === 'definition' ? ['figures', ...ordered] : [...ordered, 'figures'];
}

/**
 * A question that asks how to measure or count (« comment mesurer », « كيف نقيس », « نحسب »), in
 * Tunisian too, where a French verb takes an Arabic person prefix (« ncalculi », « nmesuri »).
 */
const measuring =
  /(^|[^\p{L}])[nyt]?(mesur|calcul|compt|quantifi|chiffr|9is|qis|kis|hsb|7sb|7seb)|قيس|قياس|يقاس|تقاس|نحسب|حساب|حتساب|حتسب/u;

export function asksToMeasure(question: string): boolean {
  return measuring.test(normalizeText(question));
}

/**
 * The things a question compares (« différence entre la régie et la concession », « الفرق بين
 * الاستغلال المباشر واللزمة », « régie vs concession »), each as its analysed tokens; empty when
 * it names no two things side by side. An Arabic « و » joins the second one when it stands alone
 * or before its article (« واللزمة »): a word may begin with « و » (« وقت »).
 */
export function comparedSides(question: string): string[][] {
  const text = normalizeText(question).replace(/[?؟!.]+\s*$/u, '');
  const pair =
    /(?:^|[^\p{L}])(?:entre|بين)\s+(.+?)\s+(?:et\s+|و\s+|و(?=ال))(.+)$/u.exec(text) ??
    /^(.+?)\s+(?:vs|versus)\.?\s+(.+)$/u.exec(text);
  if (!pair) return [];
  const sides = [pair[1] ?? '', pair[2] ?? ''].map((side) => analyze(side));
  return sides.every((side) => side.length > 0) ? sides : [];
}

/**
 * The tokens of the words that say what is asked rather than what about ("délai", "légal",
 * "combien", "الأجل", "القانوني"): many sections share them, and the question's intents weigh them
 * already. Read word by word, in the question and in its glossary terms.
 */
export function askingTokens(texts: string[]): Set<string> {
  const found = new Set<string>();
  for (const word of texts.flatMap(words)) {
    const folded = normalizeText(word);
    const bare = folded.replace(/^(?:و|ف)?(?:ال|بال|لل)(?=\p{Script=Arabic}{3,})/u, '');
    const asks = (t: string) => quantityWords.test(t) || questionCues.law.test(t) || questionCues.figures.test(t);
    if ([folded, bare].some(asks)) for (const token of analyze(word)) found.add(token);
  }
  return found;
}

/** "Can we", "may I" ("peut-on", "est-ce que je peux", "هل يمكن", "نجموا"): what follows is the action asked about. */
const permissionAsked =
  /(?:^|[^\p{L}])(?:peux|peut|peut-on|peut-elle|peut-il|pouvons|pouvez|peuvent|possible de|droit de|autorisee? a|يمكن|يمكنني|يمكننا|يمكنها|نستطيع|تستطيع|يستطيع|يجوز|ينجم|تنجم|ننجم|نجموا|نجمو|نقدر|تقدر|بامكان|بامكاننا|ممكن)(?:$|[^\p{L}])(.*)$/u;

/** The one asking or the commune as the subject of "can": no action of its own. */
const subjectWords = new Set(analyze('commune municipalité mairie البلدية بلديتنا بلدية'));

/**
 * The action a yes-or-no question asks permission for: the first two words after "can" that are
 * not its subject ("est-ce que je peux déléguer la signature" → déléguer, signature). Empty when
 * the question asks no permission.
 */
export function permissionAction(question: string): string[] {
  return permissionClause(question).slice(0, 2);
}

/**
 * The words of what a yes-or-no question asks permission for, all of them ("confier la collecte à
 * une société privée"): the glossary may read the action in any of them. Empty when it asks none.
 */
export function permissionClause(question: string): string[] {
  const text = normalizeText(question);
  const after = permissionAsked.exec(text)?.[1];
  // « La délégation de la propreté au privé est-elle légale ? »: the action is the rest of the question.
  const asked = after ?? (legalityAsked.test(text) ? text.replace(legalityWords, '$1 ') : undefined);
  if (asked === undefined) return [];
  return analyze(asked).filter((t) => !subjectWords.has(t));
}
