// Durations as people say them, read in minutes: « 1h30 », « une demi-heure », « un quart d'heure »,
// « une heure et quart », « ساعة ونصف », « ربع ساعة », « ساعة إلا ربع », « ساعتين », « se3a w nos ».
// A text is read entirely or not at all: a word that is not part of a duration refuses it.
import { foldText, toAsciiDigits } from '../text.ts';

type Word = { kind: 'hour'; hours: number } | { kind: 'minute' } | { kind: 'fraction'; of: number } | { kind: 'minus' };

const words = new Map<string, Word>();
const add = (forms: string, word: Word) => {
  for (const form of forms.split('|')) words.set(foldText(form), word);
};
add('h|heure|heures|hr|ساعة|ساعات|سوايع|saa|sa3a|se3a|swaye3', { kind: 'hour', hours: 1 });
add('ساعتين|ساعتان|se3tin|sa3tin', { kind: 'hour', hours: 2 });
add('min|mn|minute|minutes|دقيقة|دقائق|دق|د|dqi9a|d9i9a|d9aye9', { kind: 'minute' });
add('demi|demie|نصف|نص|nos|noss|ونصف|ونص', { kind: 'fraction', of: 0.5 });
add('quart|quarts|ربع|أرباع|ارباع|rbo3|rob3|وربع', { kind: 'fraction', of: 0.25 });
add('moins|إلا|الا|غير|ghir', { kind: 'minus' });
/** Counts said in words before « heures » or « quarts »: « deux heures », « trois quarts d'heure ». */
const counts = new Map(
  Object.entries({ un: 1, une: 1, deux: 2, trois: 3, quatre: 4, واحد: 1, واحدة: 1, زوز: 2, ثلاث: 3, ثلاثة: 3 }).map(
    ([k, v]) => [foldText(k), v] as const,
  ),
);
/** Small words that join the parts: « et », « d' », « de », « و ». */
const joiners = new Set(['et', 'd', 'de', 'و', 'w', 'environ', 'حوالي', 'تقريبا'].map(foldText));

/**
 * The minutes a spoken duration stands for, or null when the text is not one (a plain number, a
 * unit alone, a word that is not part of a duration). Only texts naming hours are read here:
 * « 20 minutes » is a number with its unit, read as such elsewhere.
 */
export function parseDurationMinutes(text: string): number | null {
  // « 1h30 », « 1 h 30 », « 2h » → « 1 h 30 », « 2 h ».
  const spaced = toAsciiDigits(text).replace(/(\d)\s*h\s*(?=\d|$|\s)/giu, '$1 h ');
  const tokens = foldText(spaced).split(' ').filter(Boolean);
  let hours = 0;
  let minutes = 0;
  let sawHour = false;
  let pending: number | null = null; // a count waiting for its word (« 2 » before « heures »)
  let sign = 1;
  let fractionOfNext = false;
  for (const token of tokens) {
    const count = /^\d+$/.test(token) ? Number(token) : counts.get(token);
    if (count !== undefined) {
      if (pending !== null) return null;
      pending = count;
      continue;
    }
    const word = words.get(token) ?? (token.startsWith('و') ? words.get(token.slice(1)) : undefined);
    if (!word) {
      if (joiners.has(token) && pending === null) continue;
      return null;
    }
    if (word.kind === 'hour') {
      // « un quart d'heure », « نصف ساعة »: the fraction said before is of this hour, not one more.
      if (!fractionOfNext) hours += pending ?? word.hours;
      else if (pending !== null) return null;
      pending = null;
      fractionOfNext = false;
      sawHour = true;
    } else if (word.kind === 'fraction') {
      hours += sign * (pending ?? 1) * word.of;
      fractionOfNext = !sawHour;
      pending = null;
      sign = 1;
    } else if (word.kind === 'minus') {
      if (!sawHour || pending !== null) return null;
      sign = -1;
    } else {
      if (pending === null) return null;
      minutes += pending;
      pending = null;
    }
  }
  // A number left after the hours: « 1 h 30 », « ساعة و 20 ».
  if (pending !== null) {
    if (!sawHour) return null;
    minutes += pending;
  }
  if (!sawHour || sign === -1 || fractionOfNext) return null;
  const total = hours * 60 + minutes;
  return total > 0 && Number.isInteger(total) ? total : null;
}
