// What a question asks for (a definition, steps, a list of types, a comparison, a law, figures)
// and what a section offers, so that "les étapes du PDCA" gets the four steps, not the principle.
// Cues are read on folded text (no accents, Arabic spelling variants folded), in French with its
// SMS spellings, Arabic (MSA and Tunisian) and Tunisian typed in Latin letters.
import { normalizeText } from './analyze.ts';

export const intents = ['definition', 'steps', 'how', 'types', 'comparison', 'law', 'figures', 'example'] as const;
export type Intent = (typeof intents)[number];

/** Cues that a question asks for each intent (word boundaries by hand: \b does not know Arabic letters). */
const questionCues: Record<Intent, RegExp> = {
  definition:
    /c.?est quoi|c koi|ckoi|c quoi|qu.?est[ -]ce qu|definition|definir|veut dire|signifie|kesako|qu.?appelle|(^|[^\p{L}])(ما هو|ما هي|ماهو|ماهي|ما معني|معني|تعريف|ما المقصود|ماذا نعني|شنو|شنيه|اشنو|واش هو|chnowa|chnouwa|chnoua|chnia|chniya|chneya|chnya|wach|wesh|ma3neha|chma3neha)($|[^\p{L}])/u,
  steps:
    /etapes?|demarche|phases?|deroul|dans l.?ordre|par ou commencer|mettre en (place|oeuvre)|marahel|mara7el|khatawat|(^|[^\p{L}])(مراحل|المراحل|خطوات|الخطوات|مرحله|كيفيه)($|[^\p{L}])/u,
  how: /(^|[^\p{L}])(comment|cmt|cmnt|komment|methode|kifech|kifach|kifeh|kifesh|kifch|كيف|كيفاش|كيفيه|طريقه)($|[^\p{L}])/u,
  types:
    /(^|[^\p{L}])(types?|sortes?|categories|familles?|liste|quel(le)?s sont|principes|criteres|dimensions|composantes|rubriques|outils|leviers|niveaux|styles|quadrants|anwe3|anwa3|chnouma|chnoumen|انواع|اصناف|فئات|قايمه|عناصر|مكونات|مبادي|معايير|ابعاد|محاور|مستويات|ادوات|روافع)($|[^\p{L}])|(^|[^\p{L}])(les )?\d+ \p{L}{4,}s($|[^\p{L}])|(السبع|الخمس|الاربع|الثلاث|الثماني|الست|التسع)/u,
  comparison:
    /differen|distingu|compar|(^|[^\p{L}])(vs|versus|avantages?|inconvenients?|pour et contre|plutot|pareil|far9|farq|mzeya|الفرق|فرق|مقارنه|نقارن|مزايا|عيوب|ايجابيات|سلبيات|محاسن|مساوي)($|[^\p{L}])/u,
  law: /(^|[^\p{L}])(loi|lois|texte|textes|decret|decret-loi|article|juridiques?|legal|legale|legaux|legislation|reglementation|jort|encadre|9anoun|qanoun|قانون|القانون|مرسوم|المرسوم|الفصل|تشريع|الرايد الرسمي|قانوني|القانوني|المنظم)($|[^\p{L}])/u,
  figures:
    /(^|[^\p{L}])(combien|cb|nombre|chiffres?|taux|pourcentage|delais?|duree|cout|montant|frequence|taille|9adech|qadech|kadech|gadech|كم|عدد|نسبه|ارقام|مده|اجل|اجال|كلفه|تكلفه|حجم)($|[^\p{L}])|%/u,
  example: /(^|[^\p{L}])(exemples?|cas|illustration|mithal|مثال|امثله|حاله)($|[^\p{L}])/u,
};

/**
 * The intents of a question, strongest first. A specific ask (steps, types, comparison, law,
 * figures) wins over a generic "what is" ("ما هي أنواع الهدر" asks for types).
 */
export function questionIntents(question: string): Intent[] {
  const text = normalizeText(question);
  const found: Intent[] = intents.filter((intent) => questionCues[intent].test(text));
  const generic = (i: Intent) => i === 'definition' || i === 'how';
  return [...found.filter((i) => !generic(i)), ...found.filter(generic)];
}

/** Cues that a section heading offers each intent, in French and Arabic (pages are parallel). */
const headingCues: Record<Intent, RegExp> = {
  definition:
    /(^|: )definition|en bref|de quoi parle|qu.?est-ce|principes?( |$)|comprendre|(^|[^\p{L}])(تعريف|باختصار|مفهوم|مبدا|مبادي)($|[^\p{L}])/u,
  steps:
    /etapes?|demarche|deroule|phases?|en \p{L}+ temps|dans l.?ordre|circuit|plan type|(^|[^\p{L}])(مراحل|المراحل|خطوات|مسار)/u,
  how: /^(comment|que faire)|leviers|pratiques|conseils|(^|[^\p{L}])(كيف|كيفيه|روافع|ممارسات)/u,
  types:
    /(^|[^\p{L}])(les )?(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) |types|familles|categories|composantes|niveaux|outils|leviers|criteres|rubriques|styles|dimensions|quadrants|visages|ecarts|(^|[^\p{L}])(انواع|اصناف|فئات|مكونات|مستويات|ادوات|روافع|معايير|ابعاد|محاور)/u,
  comparison:
    /avantages|inconvenients|difference|compar|ne pas confondre|rupture|(^|[^\p{L}])(vs|versus)($|[^\p{L}])|(^|[^\p{L}])(مزايا|عيوب|الفرق|مقارنه)/u,
  law: /(^|[^\p{L}])(loi|decret|decret-loi|juridique|legal|legaux|code|cadre tunisien|clause|قانون|مرسوم|الاطار القانوني|مجله|الفصل|البند)/u,
  figures: /taille|delais|cout|chiffres?|taux|percentile|echantillon|(^|[^\p{L}])(حجم|اجال|كلفه|ارقام|نسبه)/u,
  example: /^(exemple|cas \d|مثال|الحاله \d)/u,
};

/** A heading that starts with an action ("Rédiger le questionnaire") may say how, less surely. */
const actionHeading =
  /^(rediger|conduire|mesurer|choisir|utiliser|animer|prioriser|construire|calculer|preparer|analyser|afficher|suivre|installer|ecrire|reduire|simplifier|digitaliser|cartographier|tirer|anonymiser|resoudre|organiser|repartir|garder|surveiller|mettre)/u;

/** The closing summary of a page ("À retenir"): it names everything and answers nothing in full. */
export function isRecap(headings: string[]): boolean {
  return headings.some((h) => /^(a retenir|en resume)|ما يجب تذكره/u.test(normalizeText(h)));
}

/**
 * What a section offers and how surely: 1 when its heading (in either language) says so, 0.5 when
 * only the shape of its body does (a numbered list holds steps, any list types, a table a comparison).
 */
export function sectionIntents(headings: string[], body: string, position: number): Map<Intent, number> {
  const folded = headings.map(normalizeText);
  const found = new Map<Intent, number>();
  for (const intent of intents) if (folded.some((h) => headingCues[intent].test(h))) found.set(intent, 1);
  const shape = (intent: Intent) => found.set(intent, Math.max(found.get(intent) ?? 0, 0.5));
  if (folded.some((h) => actionHeading.test(h))) shape('how');
  const numbered = (body.match(/^\s*\d+[.)]\s/gm) ?? []).length;
  const bullets = (body.match(/^\s*[-*+]\s/gm) ?? []).length;
  if (numbered >= 3) shape('steps');
  if (numbered + bullets >= 3) shape('types');
  if ((body.match(/^\s*\|/gm) ?? []).length >= 3) shape('comparison');
  // The text under the title and the first section say what the page's subject is.
  if (position <= 1) shape('definition');
  return found;
}
