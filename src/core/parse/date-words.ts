// Words of dates in French, Arabic (Tunisian and Middle-Eastern month names) and Latin-script
// Tunisian. Keys go through `normalizeDateText`, the same folding as typed text.
import { foldLatin, normalizeArabic } from '../text.ts';

/**
 * Lower case, accents and Arabic spelling variants folded, ASCII digits, one space between words.
 * Unlike `foldText` it keeps "/", ".", "-" and ":", which separate the parts of dates and times.
 */
export function normalizeDateText(text: string): string {
  return foldLatin(normalizeArabic(text.normalize('NFC')))
    .replace(/[\u2019\u2018`\u00b4]/g, "'")
    .replace(/(\p{L})-(\p{L})/gu, '$1 $2') // "après-demain" → "apres demain"
    .replace(/[!?\u061f\u060c,;\u061b]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
}

function table<T>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, forms] of entries) for (const form of forms) map.set(normalizeDateText(form), value);
  return map;
}

/** Month names and abbreviations → 1–12. */
export const months = table<number>([
  [1, ['janvier', 'janv', 'jan', 'جانفي', 'يناير', 'janfi']],
  [2, ['février', 'févr', 'fév', 'fev', 'فيفري', 'فبراير', 'fifri']],
  [3, ['mars', 'mar', 'مارس']],
  [4, ['avril', 'avr', 'أفريل', 'أبريل', 'نيسان']],
  [5, ['mai', 'ماي', 'مايو']],
  [6, ['juin', 'جوان', 'يونيو', 'يونيه']],
  [7, ['juillet', 'juil', 'جويلية', 'يوليو', 'يوليه']],
  [8, ['août', 'aout', 'أوت', 'أغسطس']],
  [9, ['septembre', 'sept', 'sep', 'سبتمبر']],
  [10, ['octobre', 'oct', 'أكتوبر']],
  [11, ['novembre', 'nov', 'نوفمبر']],
  [12, ['décembre', 'déc', 'dec', 'ديسمبر']],
]);

/** Days of the week → 0 (Sunday) … 6 (Saturday). */
export const weekdays = table<number>([
  [0, ['dimanche', 'الأحد', 'الاحد', 'el a7ad', 'a7ad', 'lahad']],
  [1, ['lundi', 'الاثنين', 'الإثنين', 'الاتنين', 'nhar etnin', 'etnin', 'letnin', 'tnin']],
  [2, ['mardi', 'الثلاثاء', 'الثلاثا', 'ethleth', 'thleth', 'tlet']],
  [3, ['mercredi', 'الأربعاء', 'الاربعا', 'larb3a', 'erb3a']],
  [4, ['jeudi', 'الخميس', 'lekhmis', 'khmis']],
  [5, ['vendredi', 'الجمعة', 'ejjem3a', 'jem3a', 'jom3a']],
  [6, ['samedi', 'السبت', 'essebt', 'sebt']],
]);

/** Days named relative to today → offset in days. */
export const relativeDays = table<number>([
  [0, ["aujourd'hui", 'aujourdhui', 'auj', "ajourd'hui", 'اليوم', 'lyoum', 'elyoum', 'lyouma', 'el yom']],
  [1, ['demain', 'غدا', 'غدًا', 'غداً', 'غدوة', 'ghodwa', 'ghodoua', 'ghudwa', 'ghadwa']],
  [2, ['après demain', 'après-demain', 'بعد غد', 'بعد غدا', 'بعد غدوة', 'ba3d ghodwa', 'baad ghodwa']],
  [-1, ['hier', 'أمس', 'البارحة', 'البارح', 'lbere7', 'el bera7']],
  [-2, ['avant hier', 'avant-hier', 'أول أمس', 'أول البارحة', 'أول البارح', 'قبل أمس', 'قبل البارح', 'awel lbere7']],
]);

/** Spans of days in "dans 3 jours", "بعد 3 أيام" → days per unit. */
export const spans = table<number>([
  [1, ['jour', 'jours', 'j', 'يوم', 'أيام', 'يوما']],
  [7, ['semaine', 'semaines', 'أسبوع', 'أسابيع']],
]);

/** Arabic one-word spans: "بعد يومين" (in two days), "بعد أسبوع". */
export const arabicSpans = table<number>([
  [1, ['يوم']],
  [2, ['يومين']],
  [7, ['أسبوع']],
  // « جمعة » is a week in Tunisian; alone it is also Friday, so only its dual is read.
  [14, ['أسبوعين', 'جمعتين']],
]);

/** Words before a date that add nothing: "le 15/12", "pour lundi", "يوم الاثنين", "قبل 15 ديسمبر". */
export const leadingFillers = new Set(
  ['le', 'ce', 'pour', 'avant', 'au plus tard', "jusqu'au", 'jusqu au', 'يوم', 'نهار', 'في', 'قبل', 'حتى', 'nhar'].map(
    normalizeDateText,
  ),
);

/** Words after a date that add nothing: "lundi 15/12 au plus tard". */
export const trailingFillers = new Set(['au plus tard'].map(normalizeDateText));

/**
 * Words after a weekday or a day and month that say which occurrence it is, whatever the question
 * asks: "lundi prochain", "الاثنين القادم" (the coming one); "lundi dernier", "الاثنين الماضي",
 * "nhar etnin elli fet" (the last one).
 */
export const directionWords = table<'coming' | 'past'>([
  ['coming', ['prochain', 'prochaine', 'qui vient', 'القادم', 'القادمة', 'المقبل', 'المقبلة', 'الجاي', 'jey', 'jeya']],
  [
    'past',
    [
      'dernier',
      'dernière',
      'passé',
      'passée',
      'الماضي',
      'الماضية',
      'الفارط',
      'الفائت',
      'اللي فات',
      'elli fet',
      'li fet',
    ],
  ],
]);

/** Spans that name no single day: refused so that the person names one. */
export const vagueWords =
  /(^| )(semaine|mois|annee|bientot|prochainement|fin|debut|اسبوع|الاسبوع|الشهر|شهر|قريبا|اخر|اواخر|بدايه)( |$)/;
