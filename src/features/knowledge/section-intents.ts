// What a section offers (a definition, steps, a list of types, a comparison, a law, figures), read
// from its headings in either language and the shape of its body, to match what a question asks
// (intent.ts). Headings are read folded (no accents, Arabic spelling variants folded).
import { normalizeText } from './analyze.ts';
import { intents, type Intent } from './intent.ts';

/** Cues that a section heading offers each intent, in French and Arabic (pages are parallel). */
const headingCues: Record<Intent, RegExp> = {
  definition:
    /(^|: )definition|en bref|de quoi parle|qu.?est-ce|principes?( |$)|comprendre|(^|[^\p{L}])(تعريف|باختصار|مفهوم|مبدا|مبادي)($|[^\p{L}])/u,
  steps:
    /etapes?|demarche|deroule|phases?|en (\d+|deux|trois|quatre|cinq|six|sept|huit) temps|dans l.?ordre|circuit|plan type|(^|[^\p{L}])(مراحل|المراحل|خطوات|مسار)/u,
  how: /^(comment|que faire)|leviers|pratiques|conseils|(^|[^\p{L}])(كيف|كيفيه|روافع|ممارسات)/u,
  remedy: /reduire|simplifier|optimis|resoudre|leviers|accelerer|(^|[^\p{L}])(تقليص|تبسيط|ترشيد|روافع|فض)($|[^\p{L}])/u,
  types:
    /(^|[^\p{L}])(les )?(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) |types|familles|categories|composantes|niveaux|outils|leviers|criteres|rubriques|styles|dimensions|quadrants|visages|ecarts|plan type|^modele de|contenu|(^|[^\p{L}])(انواع|اصناف|فئات|مكونات|مستويات|ادوات|روافع|معايير|ابعاد|محاور|الخانات|المحتوي|المخطط النموذجي)/u,
  comparison:
    /difference|compar|ne pas confondre|rupture|(^|[^\p{L}])(vs|versus)($|[^\p{L}])|(^|[^\p{L}])(الفرق|مقارنه)/u,
  proscons: /avantages|inconvenients|(^|[^\p{L}])(مزايا|عيوب)/u,
  choice: /choisir|choix|(^|[^\p{L}])(نختار|اختيار|الاختيار)/u,
  purpose: /^pourquoi|a quoi (elle |il |ils |elles )?ser|interet|(^|[^\p{L}])(لماذا|فايدته|فايدتها|الفايده)/u,
  pitfalls: /erreurs|pieges|a eviter|(^|[^\p{L}])(الاخطاء|مزالق|تجنبها)/u,
  when: /frequence|calendrier|periodicite|avant, pendant et apres|(^|[^\p{L}])(الدوريه|رزنامه|مواعيد)($|[^\p{L}])/u,
  who: /(^|[^\p{L}])(groupe|comite|referent|roles?|participants|responsables?|acteurs|فريق|لجنه|منسق|ادوار|المشاركون|الفاعلين|المسوول)($|[^\p{L}])/u,
  law: /(^|[^\p{L}])(loi|decret|decret-loi|juridique|legal|legaux|code|cadre tunisien|clause|قانون|مرسوم|الاطار القانوني|مجله|الفصل|البند)/u,
  // A count in the heading ("Les 9 critères", "المعايير التسعة") answers "how many"; so does a
  // heading that asks it ("en combien de temps", "في كم يومًا").
  figures:
    /taille|delais|cout|chiffres?|taux|percentile|echantillon|indicateurs|combien|(^|[^\p{L}])(كم|قداش)($|[^\p{L}])|(^|[^\p{L}])(حجم|اجال|كلفه|ارقام|نسبه|مؤشرات|موشرات)|(^|[^\p{L}\d.])\d{1,2} \p{L}{3,}|(^|[^\p{L}])(deux|trois|quatre|cinq|six|sept|huit|neuf|dix) \p{L}{3,}|(^|[^\p{L}])ال(ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)ه?($|[^\p{L}])/u,
  example: /^(exemples?|un exemple|cas \d|مثال|امثله|الحاله \d)/u,
  // A heading that says what something is not ("Une norme non certifiable") settles a yes-or-no.
  verify: /n.?est pas|(^|[^\p{L}])(non|ne pas|ليس|ليست|غير)($|[^\p{L}])/u,
};

const citesLaw =
  /(^|[^\p{L}])(articles?|art\.|loi|decret|decret-loi|الفصل|الفصول|القانون|قانون|المرسوم|مرسوم)( (organique|الاساسي|اساسي))?( (n°?|no|عدد))? ?\d/u;

/** A heading that starts with an action ("Rédiger le questionnaire") may say how, less surely. */
const actionHeading =
  /(^|: )(rediger|conduire|mesurer|choisir|utiliser|animer|prioriser|construire|calculer|preparer|analyser|afficher|suivre|installer|ecrire|reduire|simplifier|digitaliser|cartographier|tirer|anonymiser|resoudre|organiser|repartir|garder|surveiller|mettre|reorganiser|faire participer|s.?associer)|(^|: )(تحرير|كتابه|قيس|اختيار|استعمال|تنشيط|ترتيب|بناء|احتساب|تحليل|تعليق|متابعه|رسم|تبسيط|رقمنه|اعاده تنظيم|اشراك|ادارة|فض|صياغه|تحضير|الحفاظ|تقليص)/u;

/**
 * A worked case ("Exemple dans une commune tunisienne", "Cas 1 : ..."), shown only when asked for;
 * a list of examples ("Exemples pour trois services municipaux") is content like any other.
 */
export function isWorkedExample(headings: string[]): boolean {
  return headings.some((h) =>
    /^(exemples? (dans|de|entre|d.?une|venu)|un exemple|cas \d)|^(مثال|الحاله \d)/u.test(normalizeText(h)),
  );
}

/** The closing summary of a page ("À retenir"): it names everything and answers nothing in full. */
export function isRecap(headings: string[]): boolean {
  return headings.some((h) => /^(a retenir|en resume)|ما يجب تذكره/u.test(normalizeText(h)));
}

/**
 * What a section offers and how surely: 1 when its heading (in either language) says so, 0.5 when
 * only the shape of its body does (a numbered list holds steps, any list types, a table a comparison).
 */
export function sectionIntents(headings: string[], body: string, position: number): Map<Intent, number> {
  // A method named by a count and a question ("les 5 pourquoi", "طريقة لماذا الخمس") is a tool:
  // neither a list of five things nor a reason why.
  const folded = headings.map((h) => normalizeText(h).replace(/(\d+|cinq) pourquoi|لماذا\W*الخمس/gu, 'methode'));
  const found = new Map<Intent, number>();
  for (const intent of intents) if (folded.some((h) => headingCues[intent].test(h))) found.set(intent, 1);
  const shape = (intent: Intent) => found.set(intent, Math.max(found.get(intent) ?? 0, 0.5));
  if (folded.some((h) => actionHeading.test(h))) shape('how');
  const numbered = (body.match(/^\s*\d+[.)]\s/gm) ?? []).length;
  const bullets = (body.match(/^\s*[-*+]\s/gm) ?? []).length;
  if (numbered >= 3) shape('steps');
  if (numbered + bullets >= 3) shape('types');
  if ((body.match(/^\s*\|/gm) ?? []).length >= 3) shape('comparison');
  // A body that cites a text by its number ("l'article 85", "الفصل 85", "loi n° 2008-23") says the law.
  const text = normalizeText(body);
  if (citesLaw.test(text)) shape('law');
  if (/n.?est pas|ne sont pas|(^|[^\p{L}])(ليس|ليست)($|[^\p{L}])/u.test(text)) shape('verify');
  // The text under the title and the first section say what the page's subject is, unless the
  // first section says why it matters ("Pourquoi calculer le coût complet").
  if (position === 0 || (position === 1 && found.get('purpose') !== 1)) shape('definition');
  return found;
}

/** A heading that says what may be done ("Ce qu'une commune peut déléguer", "ما الذي يمكن للبلدية تفويضه"). */
export const permissionHeading = /(^|[^\p{L}])(peut|peuvent|delegables?|يمكن|قابله? لل)($|[^\p{L}])/u;
