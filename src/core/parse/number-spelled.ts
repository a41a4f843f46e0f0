// Numbers spelt out in French and Arabic: « douze », « vingt et un », « quatre-vingt-dix »,
// « deux mille cinq cents », « اثنا عشر », « خمسة وعشرون », « ثلاثمائة », « ألفان ». Each form is a
// row of a table built below from the units, teens and tens; a number is then at most a count of
// thousands, a count of hundreds and what is below a hundred, joined by « و » in Arabic. Keys are
// folded with `foldText`, so hyphens, accents and Arabic spelling variants are ignored.
import { foldText } from '../text.ts';

type Part = 'below-hundred' | 'hundreds' | 'thousands';
/** A thousand's word either stands alone (« ألفان »), may follow a count (« mille »), or must (« آلاف »). */
type Count = 'none' | 'optional' | 'required';
interface Phrase {
  value: number;
  part: Part;
  count: Count;
}

const phrases = new Map<string, Phrase>();
const add = (value: number, part: Part, forms: string[], count: Count = 'optional') => {
  for (const form of forms) phrases.set(foldText(form), { value, part, count });
};
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// French, with the Belgian and Swiss tens (« septante », « huitante », « octante », « nonante »).
const frUnits = 'zéro un deux trois quatre cinq six sept huit neuf'.split(' ');
const frTeens = 'dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf'.split(' ');
/** Tens followed by a unit: « vingt-deux », « trente et un », « quatre-vingt-un ». */
const frTens: [number, string][] = [
  [20, 'vingt'],
  [30, 'trente'],
  [40, 'quarante'],
  [50, 'cinquante'],
  [60, 'soixante'],
  [70, 'septante'],
  [80, 'quatre-vingt'],
  [80, 'huitante'],
  [80, 'octante'],
  [90, 'nonante'],
];
/** Tens followed by a teen: « soixante-dix », « soixante et onze », « quatre-vingt-douze ». */
const frTensOfTeens: [number, string][] = [
  [60, 'soixante'],
  [80, 'quatre-vingt'],
];
frUnits.forEach((unit, n) => add(n, 'below-hundred', [unit]));
add(1, 'below-hundred', ['une']);
frTeens.forEach((teen, n) => add(10 + n, 'below-hundred', [teen]));
add(80, 'below-hundred', ['quatre-vingts']);
for (const [tens, name] of frTens) {
  add(tens, 'below-hundred', [name]);
  add(tens + 1, 'below-hundred', [`${name} et un`, `${name} et une`, `${name}-un`, `${name}-une`]);
  for (const n of range(2, 9)) add(tens + n, 'below-hundred', [`${name}-${frUnits[n]}`]);
}
for (const [tens, name] of frTensOfTeens)
  frTeens.forEach((teen, n) => add(tens + 10 + n, 'below-hundred', [`${name}-${teen}`, `${name} et ${teen}`]));
add(100, 'hundreds', ['cent', 'cents']);
for (const n of range(2, 9)) add(n * 100, 'hundreds', [`${frUnits[n]} cent`, `${frUnits[n]} cents`]);
add(1000, 'thousands', ['mille']);

// Arabic: each unit as said before a masculine and a feminine noun; the tens as said in every case.
const arUnits: string[][] = [
  ['صفر'],
  ['واحد', 'واحدة'],
  ['اثنان', 'اثنين', 'اثنتان', 'اثنتين'],
  ['ثلاثة', 'ثلاث'],
  ['أربعة', 'أربع'],
  ['خمسة', 'خمس'],
  ['ستة', 'ست'],
  ['سبعة', 'سبع'],
  ['ثمانية', 'ثماني', 'ثمان'],
  ['تسعة', 'تسع'],
];
const arTens = 'عشرون ثلاثون أربعون خمسون ستون سبعون ثمانون تسعون'.split(' ');
/** The accusative and genitive of a ten: « عشرون » → « عشرين ». */
const arTensForms = (n: number) => [arTens[n - 2] ?? '', (arTens[n - 2] ?? '').replace(/ون$/, 'ين')];
/** The one of « أحد عشر », « واحد وعشرون ». */
const arOne = ['أحد', 'إحدى', 'واحد', 'واحدة'];
arUnits.forEach((forms, n) => add(n, 'below-hundred', forms));
add(2, 'below-hundred', ['زوز']);
add(10, 'below-hundred', ['عشرة', 'عشر']);
add(11, 'below-hundred', ['أحد عشر', 'إحدى عشرة', 'احدى عشر']);
add(12, 'below-hundred', ['اثنا عشر', 'اثني عشر', 'اثنتا عشرة', 'اثنتي عشرة']);
for (const n of range(3, 9))
  add(
    10 + n,
    'below-hundred',
    (arUnits[n] ?? []).flatMap((unit) => [`${unit} عشر`, `${unit} عشرة`]),
  );
for (const tens of range(2, 9)) {
  add(tens * 10, 'below-hundred', arTensForms(tens));
  for (const n of range(1, 9))
    for (const unit of n === 1 ? arOne : (arUnits[n] ?? []))
      add(
        tens * 10 + n,
        'below-hundred',
        arTensForms(tens).map((ten) => `${unit} و ${ten}`),
      );
}
const arHundred = ['مائة', 'مئة'];
add(100, 'hundreds', arHundred);
add(200, 'hundreds', ['مائتان', 'مائتين', 'مئتان', 'مئتين']);
'ثلاث أربع خمس ست سبع ثمان تسع'.split(' ').forEach((unit, i) =>
  add(
    (i + 3) * 100,
    'hundreds',
    arHundred.flatMap((hundred) => [`${unit}${hundred}`, `${unit} ${hundred}`]),
  ),
);
add(1000, 'thousands', ['ألف']);
add(1000, 'thousands', ['ألفا', 'آلاف'], 'required');
add(2000, 'thousands', ['ألفان', 'ألفين'], 'none');

// Tunisian in Latin letters (« wa7ed », « arb3a »… are rewritten to French words before).
add(2, 'below-hundred', ['zouz']);
add(3, 'below-hundred', ['thletha']);
add(5, 'below-hundred', ['khamsa']);
add(6, 'below-hundred', ['setta']);
add(8, 'below-hundred', ['thmanya']);
add(100, 'hundreds', ['mya']);
add(1000, 'thousands', ['alf']);

/** Every word of a spelt-out number, joiners aside: such a word left unread means « type digits ». */
export const spelledWords: ReadonlySet<string> = new Set(
  [...phrases.keys()].flatMap((key) => key.split(' ')).filter((word) => word !== 'و' && word !== 'et'),
);
const firstWords = new Set([...phrases.keys()].map((key) => key.split(' ')[0]));

/** « وعشرون » → « و », « عشرون »: the Arabic « and » written against the number that follows. */
export const splitJoiner = (word: string): string[] =>
  word.length > 1 && word.startsWith('و') && !firstWords.has(word) && firstWords.has(word.slice(1))
    ? ['و', word.slice(1)]
    : [word];

interface Read {
  value: number;
  end: number;
}

/** The longest phrase of `part` at words[at]. */
function phraseAt(words: string[], at: number, part: Part): (Read & { count: Count }) | undefined {
  for (let n = Math.min(5, words.length - at); n >= 1; n--) {
    const phrase = phrases.get(words.slice(at, at + n).join(' '));
    if (phrase?.part === part) return { value: phrase.value, end: at + n, count: phrase.count };
  }
  return undefined;
}

const afterJoiner = (words: string[], at: number) => (words[at] === 'و' ? at + 1 : at);

/** Hundreds, then what is below a hundred: « deux cent douze », « مائة و خمسون ». */
function belowThousand(words: string[], at: number): Read | undefined {
  const hundreds = phraseAt(words, at, 'hundreds');
  if (!hundreds) return phraseAt(words, at, 'below-hundred');
  const rest = phraseAt(words, afterJoiner(words, hundreds.end), 'below-hundred');
  return rest ? { value: hundreds.value + rest.value, end: rest.end } : hundreds;
}

/** The number spelt out from words[at] (folded words), with the index after it; undefined when none starts there. */
export function readSpelled(words: string[], at: number): Read | undefined {
  const count = belowThousand(words, at);
  const thousands = phraseAt(words, count?.end ?? at, 'thousands');
  const fits = thousands && (count ? thousands.count !== 'none' && count.value > 0 : thousands.count !== 'required');
  if (!thousands || !fits) return count;
  const rest = belowThousand(words, afterJoiner(words, thousands.end));
  return { value: (count?.value ?? 1) * thousands.value + (rest?.value ?? 0), end: rest?.end ?? thousands.end };
}
