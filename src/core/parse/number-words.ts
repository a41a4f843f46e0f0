// The words people type around a number, in French, Arabic and Latin-script Tunisian: units,
// hedges ("environ", "حوالي") and multipliers ("1,5 million"). Keys are folded with `foldText`, so
// accents, case and Arabic spelling variants are ignored when they are looked up.
import { foldText } from '../text.ts';

/** What a word or phrase next to a number means. */
export type NumberWord =
  | { kind: 'approximate' }
  | { kind: 'filler' }
  | { kind: 'unit'; unit: string; countable: boolean }
  | { kind: 'multiplier'; power: number };

/** Canonical unit codes reported by `parseNumber`, with the ways each is typed. */
const units: [unit: string, countable: boolean, forms: string[]][] = [
  [
    'TND',
    false,
    [
      'DT',
      'TND',
      'dinar',
      'dinars',
      'د',
      'د ت',
      'دت',
      'دينار',
      'دنانير',
      'دينارا',
      'dinar tunisien',
      'dinars tunisiens',
    ],
  ],
  ['millime', true, ['millime', 'millimes', 'مليم', 'مليما', 'مليمات', 'ملاليم']],
  ['%', false, ['pourcent', 'pour cent', 'pourcents', 'بالمائة', 'بالمئة', 'في المائة', 'في المئة', 'بالميه']],
  ['minute', false, ['min', 'mn', 'minute', 'minutes', 'دقيقة', 'دقائق', 'دق']],
  ['hour', false, ['h', 'heure', 'heures', 'hr', 'ساعة', 'ساعات', 'سوايع']],
  ['day', false, ['j', 'jour', 'jours', 'يوم', 'أيام', 'ايام', 'يوما']],
  ['week', false, ['semaine', 'semaines', 'أسبوع', 'أسابيع']],
  ['month', false, ['mois', 'شهر', 'أشهر', 'شهور']],
  ['km', false, ['km', 'kilometre', 'kilometres', 'كم', 'كلم', 'كيلومتر']],
  ['m²', false, ['m²', 'metre carre', 'metres carres', 'م²', 'متر مربع', 'مترا مربعا']],
  ['tonne', false, ['t', 'tonne', 'tonnes', 'طن', 'أطنان']],
  ['agent', true, ['agent', 'agents', 'عون', 'أعوان', 'موظف', 'موظفين', 'موظفا']],
  ['inhabitant', true, ['habitant', 'habitants', 'hab', 'ساكن', 'متساكن', 'متساكنا', 'سكان', 'نسمة']],
  ['person', true, ['personne', 'personnes', 'pers', 'شخص', 'أشخاص', 'شخصا', 'citoyen', 'citoyens', 'مواطن']],
];

// "plus de" and "moins de" are bounds, not the value itself: the number is kept and reported
// as approximate, which is what a diagnostic answer needs.
const approximate = [
  'environ',
  'env',
  'a peu pres',
  'apeupres',
  'pres de',
  'presque',
  'plus de',
  'moins de',
  'au moins',
  'au plus',
  'autour de',
  'approximativement',
  'approx',
  'quasi',
  'grosso modo',
  'حوالي',
  'حوالى',
  'تقريبا',
  'قرابة',
  'نحو',
  'زهاء',
  'ما يقارب',
  'أكثر من',
  'أقل من',
  'على الأقل',
  'taqriban',
  'hawali',
];

/** Words that change nothing: "au total 45", "exactement 12", "45 en tout". */
const fillers = [
  'au total',
  'total',
  'en tout',
  'exactement',
  'pile',
  'soit',
  'بالضبط',
  'المجموع',
  'في المجموع',
  'جملة',
];

// « de » after a million is French grammar (« 1,2 million de dinars »), kept with the multiplier.
const multipliers: [power: number, forms: string[]][] = [
  [3, ['mille', 'milles', 'ألف', 'آلاف', 'الف', 'alf']],
  [6, ['million', 'millions', 'million de', 'millions de', 'million d', 'millions d', 'مليون', 'ملايين', 'malyoun']],
  [9, ['milliard', 'milliards', 'milliard de', 'milliards de', 'milliard d', 'milliards d', 'مليار', 'مليارات']],
];

/**
 * Amounts as Tunisian budgets write them, right after a number: MD (millions of dinars), mD
 * (thousands; the case tells them apart, so a lower-case « md » is left unread), م.د and أ.د.
 */
export function spellAmounts(text: string): string {
  return text
    .replace(/(?<=\d\s*)MD(?:T)?(?![\p{L}\d])/gu, ' million DT')
    .replace(/(?<=\d\s*)mD(?:T)?(?![\p{L}\d])/gu, ' mille DT')
    .replace(/(?<=\d\s*)م\s?\.\s?د(?![\p{L}\d])/gu, ' مليون دينار')
    .replace(/(?<=\d\s*)[أا]\s?\.\s?د(?![\p{L}\d])/gu, ' ألف دينار');
}

/**
 * Latin-script Tunisian writes some letters with digits ("ta9riban", "7awali", "wa7ed"): such
 * words are rewritten to a French word of the same meaning before digits are looked for, so
 * that their digits are not read as numbers.
 */
export const digitWords = new Map([
  ['ta9riban', 'environ'],
  ['t9riban', 'environ'],
  ['7awali', 'environ'],
  ['7welli', 'environ'],
  ['9rib', 'environ'],
  ['dqi9a', 'minute'],
  ['d9i9a', 'minute'],
  ['d9aye9', 'minutes'],
  ['wa7ed', 'un'],
  ['arb3a', 'quatre'],
  ['sab3a', 'sept'],
  ['tes3a', 'neuf'],
  ['3achra', 'dix'],
]);

/** The units `parseNumber` reports by code ("minute", "hour", "TND"…), as opposed to a question's own words. */
export const unitCodes: ReadonlySet<string> = new Set(units.map(([unit]) => unit));

export const numberWords = new Map<string, NumberWord>();
for (const [unit, countable, forms] of units)
  for (const form of forms) numberWords.set(foldText(form), { kind: 'unit', unit, countable });
for (const form of approximate) numberWords.set(foldText(form), { kind: 'approximate' });
for (const form of fillers) numberWords.set(foldText(form), { kind: 'filler' });
for (const [power, forms] of multipliers)
  for (const form of forms) numberWords.set(foldText(form), { kind: 'multiplier', power });

const lookup = (phrase: string, extra: Map<string, NumberWord>) => extra.get(phrase) ?? numberWords.get(phrase);

/**
 * Splits folded text into known phrases of up to four words, longest first ("a peu pres" before "a").
 * Null when a word is not known: the text around a number must be read entirely, or refused.
 */
export function readWords(folded: string, extra: Map<string, NumberWord>): NumberWord[] | null {
  const words = folded.split(' ').filter(Boolean);
  const read: NumberWord[] = [];
  for (let i = 0; i < words.length;) {
    const length = [4, 3, 2, 1].find((n) => i + n <= words.length && lookup(words.slice(i, i + n).join(' '), extra));
    const found = length ? lookup(words.slice(i, i + length).join(' '), extra) : undefined;
    if (!length || !found) return null;
    read.push(found);
    i += length;
  }
  return read;
}
