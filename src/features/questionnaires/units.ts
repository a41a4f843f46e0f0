import type { Locale, MessageArgs } from '../../core/i18n.ts';
import { formatNumber } from '../../core/number-format.ts';

/**
 * The units a questionnaire may give a number or an indicator (`unit: minute`), each with the
 * words a person may type next to the value ("25 minutes", "3 أيام"): every form the catalogs
 * write (singular, dual, plural, the accusative of 11 to 99) and its other usual spellings; case,
 * accents and Arabic diacritics are ignored when they are read. How a value reads with its
 * unit is the catalog message `unit-<id>`, with a form for each plural category ("1 minute",
 * "2 minutes"; "3 أيام", "11 يومًا"), and its `.name` attribute is the unit named alone (hints).
 */
export const unitWords = {
  // « د » and « دق », as minutes are written short in Tunisia (« 12 د »): minutes at a question in
  // minutes, though « د » alone is a dinar elsewhere.
  minute: ['minute', 'minutes', 'دقيقة', 'دقيقتان', 'دقيقتين', 'دقائق', 'دق', 'د'],
  day: ['jour', 'jours', 'يوم', 'يومان', 'يومين', 'أيام', 'يوما'],
  agent: ['agent', 'agents', 'عون', 'عونان', 'عونين', 'أعوان', 'عونا'],
  inhabitant: ['habitant', 'habitants', 'ساكن', 'ساكنان', 'ساكنين', 'سكان', 'ساكنا'],
  dinar: ['DT', 'dinar', 'dinars', 'دينار', 'ديناران', 'دينارين', 'دنانير', 'دينارا'],
  'dinar-per-tonne': [
    'DT par tonne',
    'dinar par tonne',
    'dinars par tonne',
    'DT/tonne',
    'دينار للطن',
    'ديناران للطن',
    'دينارين للطن',
    'دنانير للطن',
    'دينارا للطن',
  ],
  'pending-deed': [
    'acte en attente',
    'actes en attente',
    'رسم في الانتظار',
    'رسمان في الانتظار',
    'رسمين في الانتظار',
    'رسوم في الانتظار',
    'رسما في الانتظار',
  ],
  'black-spot': ['point noir', 'points noirs', 'نقطة سوداء', 'نقطتان سوداوان', 'نقطتين سوداوين', 'نقاط سوداء'],
  'session-per-month': [
    'séance par mois',
    'séances par mois',
    'جلسة في الشهر',
    'جلستان في الشهر',
    'جلستين في الشهر',
    'جلسات في الشهر',
  ],
  'complaint-per-1000-users': [
    'réclamation pour 1 000 usagers',
    'réclamations pour 1 000 usagers',
    'شكوى لكل 1000 منتفع',
    'شكويان لكل 1000 منتفع',
    'شكويين لكل 1000 منتفع',
    'شكاوى لكل 1000 منتفع',
  ],
  indicator: ['indicateur', 'indicateurs', 'مؤشر', 'مؤشران', 'مؤشرين', 'مؤشرات', 'مؤشرا'],
  'kwh-per-point-year': ['kWh par point et par an', 'kWh par point par an', 'كيلوواط ساعة للنقطة في السنة'],
  'm2-per-inhabitant': [
    'm² par habitant',
    'mètre carré par habitant',
    'mètres carrés par habitant',
    'م² للساكن',
    'متر مربع للساكن',
    'مترا مربعا للساكن',
    'أمتار مربعة للساكن',
  ],
  percent: ['%'],
  'percent-of-households': ['% des ménages', '% من الأسر'],
  'percent-of-sample': ["% de l'échantillon", '% من العيّنة'],
  'percent-of-own-resources': ['% des ressources propres', '% من الموارد الذاتية'],
  'percent-of-spaces-visited': ['% des espaces visités', '% من المساحات المزارة'],
  'percent-satisfied': ['% de satisfaits', '% من الراضين'],
} as const satisfies Record<string, readonly string[]>;

export type Unit = keyof typeof unitWords;

/**
 * The Arabic dual of a counted unit, as written after « في » or alone: it says two by itself
 * (« يومان », « جلستان في الشهر »), without a figure.
 */
const unitDuals: Partial<Record<Unit, readonly string[]>> = {
  minute: ['دقيقتان', 'دقيقتين'],
  day: ['يومان', 'يومين'],
  agent: ['عونان', 'عونين'],
  inhabitant: ['ساكنان', 'ساكنين'],
  dinar: ['ديناران', 'دينارين'],
  'dinar-per-tonne': ['ديناران للطن', 'دينارين للطن'],
  'pending-deed': ['رسمان في الانتظار', 'رسمين في الانتظار'],
  'black-spot': ['نقطتان سوداوان', 'نقطتين سوداوين'],
  'session-per-month': ['جلستان في الشهر', 'جلستين في الشهر'],
  'complaint-per-1000-users': ['شكويان لكل 1000 منتفع', 'شكويين لكل 1000 منتفع'],
  indicator: ['مؤشران', 'مؤشرين'],
};

/**
 * The value of a count said in words as the bot writes it back: a unit's dual alone is 2
 * (« يومان »), its words with « واحد » or « واحدة » among them are 1 (« جلسة واحدة في الشهر »);
 * undefined otherwise. `fold` is how typed text is matched (case, diacritics, spacing).
 */
export function countInUnitWords(unit: Unit, text: string, fold: (text: string) => string): 1 | 2 | undefined {
  const typed = fold(text);
  if (unitDuals[unit]?.some((dual) => fold(dual) === typed)) return 2;
  const words = typed.split(' ');
  const at = words.findIndex((word, i) => i > 0 && (word === fold('واحد') || word === fold('واحدة')));
  if (at < 0) return undefined;
  const rest = [...words.slice(0, at), ...words.slice(at + 1)].join(' ');
  return unitWords[unit].some((word) => fold(word) === rest) ? 1 : undefined;
}
export const unitIds = Object.keys(unitWords) as [Unit, ...Unit[]];

/**
 * A unit as a submitted run's results keep it: its id, or, in results stored before units had
 * ids, the unit's words in both languages.
 */
export type StoredUnit = Unit | { fr: string; ar: string };

export interface UnitContext {
  locale: Locale;
  t: (key: string, args?: MessageArgs) => string;
}

/** The catalog message of a unit ("unit-minute"); `.name` for the unit named alone. */
export const unitMessage = (unit: Unit) => `unit-${unit}`;

/**
 * A number with its unit, in the form the number asks for: "1 minute", "25 minutes", "3 أيام",
 * "11 يومًا", "62 %".
 */
export function formatQuantity(value: number, unit: StoredUnit | undefined, ctx: UnitContext): string {
  if (unit === undefined) return formatNumber(value);
  if (typeof unit === 'string') return ctx.t(unitMessage(unit), { value });
  // Stored before units had ids: the words as they were, an Arabic word in brackets (its form
  // was not chosen by the number).
  const word = unit[ctx.locale];
  const number = formatNumber(value);
  return ctx.locale === 'ar' && !word.startsWith('%') ? `${number} (${word})` : `${number} ${word}`;
}
