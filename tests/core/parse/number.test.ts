import { describe, expect, it } from 'vitest';
import { parseNumber, type NumberHint, type NumberResult } from '../../../src/core/parse/number.ts';

const exact = (value: number, unit?: string): NumberResult =>
  unit === undefined ? { ok: true, value, approximate: false } : { ok: true, value, approximate: false, unit };
const about = (value: number, unit?: string): NumberResult =>
  unit === undefined ? { ok: true, value, approximate: true } : { ok: true, value, approximate: true, unit };
const twoReadings = (thousands: number, decimal: number, unit?: string): NumberResult =>
  unit === undefined
    ? { ok: 'ambiguous', readings: [thousands, decimal], approximate: false }
    : { ok: 'ambiguous', readings: [thousands, decimal], approximate: false, unit };
const refused = (reason: string): NumberResult => ({ ok: false, reason }) as NumberResult;

describe('parseNumber: thousands separators and decimals', () => {
  it.each<[string, NumberResult]>([
    ['45', exact(45)],
    ['45 000', exact(45000)],
    ['45\u00a0000', exact(45000)],
    ['45\u2009000', exact(45000)],
    ['45\u202f000', exact(45000)],
    ['1 500 000', exact(1500000)],
    ['1.500.000', exact(1500000)],
    ['1,500,000', exact(1500000)],
    ['1,500,000.50', exact(1500000.5)],
    ['1.500.000,50', exact(1500000.5)],
    ['1 500,75', exact(1500.75)],
    ['350 000 DT', exact(350000, 'TND')],
    ['12,5', exact(12.5)],
    ['12.5', exact(12.5)],
    ['12,50', exact(12.5)],
    ['1.5000', exact(1.5)],
    ['0,500', exact(0.5)], // a thousands group never follows a lone 0
    ['1500,000', exact(1500)], // nor more than three digits
    ['3,25 %', exact(3.25, '%')],
    ['3,25%', exact(3.25, '%')],
    ['-5', exact(-5)],
    ['\u22125', exact(-5)],
    ['0', exact(0)],
    ['  12  ', exact(12)],
    ['45,', exact(45)], // a comma ending the message is punctuation
    ['45.', exact(45)],
  ])('%j → %j', (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });
});

describe('parseNumber: Arabic-Indic digits and Arabic separators', () => {
  it.each<[string, NumberResult]>([
    ['٤٥', exact(45)],
    ['٤٥ ٠٠٠', exact(45000)],
    ['١٬٥٠٠', exact(1500)],
    ['١٬٥٠٠٬٠٠٠', exact(1500000)],
    ['١٢٫٥', exact(12.5)],
    ['١٬٥٠٠٫٥', exact(1500.5)],
    ['٣٫٢٥ ٪', exact(3.25, '%')],
    ['۴۵', exact(45)], // Persian digits, as some keyboards type them
    ['١٫٥٠٠', exact(1.5)], // the Arabic decimal separator is never a thousands one…
    ['١٬٥٠٠٫٥٫٥', refused('malformed')],
    ['١٬٥٠', refused('malformed')],
  ])('%j → %j', (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });
});

describe('parseNumber: a dot or comma before exactly three digits', () => {
  it.each<[string, NumberHint | undefined, NumberResult]>([
    ['45.000', undefined, twoReadings(45000, 45)],
    ['45,000', undefined, twoReadings(45000, 45)],
    ['2,500', undefined, twoReadings(2500, 2.5)],
    ['1.500 DT', undefined, twoReadings(1500, 1.5, 'TND')],
    // Dinars are written with three decimals (millimes): "12,500 DT" is often 12.5 dinars.
    ['12,500', { unit: 'TND' }, twoReadings(12500, 12.5)],
    ['12,500', { unit: ['TND', 'دينار تونسي'], min: 0, max: 1000000 }, twoReadings(12500, 12.5)],
    ['45.000', { integer: true }, exact(45000)],
    // …except for a whole count, where a phone keypad's ٫ stands where the thousands dot would.
    ['٤٥٫٠٠٠', { integer: true }, exact(45000)],
    ['٤٥٫٥', { integer: true }, exact(45.5)],
    ['45,000', { integer: true, min: 1 }, exact(45000)],
    ['45.000', { unit: ['habitants', 'ساكن'] }, exact(45000)],
    ['45.000 habitants', undefined, exact(45000, 'inhabitant')],
    ['1,200 agents', undefined, exact(1200, 'agent')],
    ['2.500 millimes', undefined, exact(2500, 'millime')],
    ['2,500', { max: 10 }, exact(2.5)],
    ['2,500', { integer: false, min: 0, max: 10 }, exact(2.5)],
    ['12,500 %', { min: 0, max: 100 }, exact(12.5, '%')],
    ['45.000', { min: 0, max: 100 }, exact(45)],
    ['1,500', { min: 1000 }, exact(1500)],
    ['1,500 million', { min: 0, max: 500000000 }, exact(1500000)],
    ['1.500', { min: 0, max: 1000000 }, twoReadings(1500, 1.5)], // both fit: ask
    ['-1.500', undefined, twoReadings(-1500, -1.5)],
    // The hint only chooses between readings; bounds and whole numbers are the caller's checks.
    ['12,5', { integer: true }, exact(12.5)],
    ['45 000', { min: 0, max: 100 }, exact(45000)],
    ['1.500.000', { max: 10 }, exact(1500000)],
  ])('%j with %j → %j', (text, hint, expected) => {
    expect(parseNumber(text, hint)).toEqual(expected);
  });
});

describe('parseNumber: units and hedges around the number', () => {
  it.each<[string, NumberResult]>([
    ['45 dinars', exact(45, 'TND')],
    ['1 dinar', exact(1, 'TND')],
    ['45 TND', exact(45, 'TND')],
    ['45DT', exact(45, 'TND')],
    ['500 millimes', exact(500, 'millime')],
    ['30 pourcent', exact(30, '%')],
    ['30 pour cent', exact(30, '%')],
    ['20 min', exact(20, 'minute')],
    ['20 minutes', exact(20, 'minute')],
    ['20 mn', exact(20, 'minute')],
    ['2 h', exact(2, 'hour')],
    ['2 heures', exact(2, 'hour')],
    ['15 jours', exact(15, 'day')],
    ['15 j', exact(15, 'day')],
    ['12 km', exact(12, 'km')],
    ['250 m²', exact(250, 'm²')],
    ['250 m2', exact(250, 'm²')],
    ['250m2', exact(250, 'm²')],
    ['3 tonnes', exact(3, 'tonne')],
    ['3 t', exact(3, 'tonne')],
    ['40 agents', exact(40, 'agent')],
    ['environ 45', about(45)],
    ['45 environ', about(45)],
    ['à peu près 30 min', about(30, 'minute')],
    ['A PEU PRES 30', about(30)],
    ['~ 20', about(20)],
    ['~20', about(20)],
    ['près de 100 agents', about(100, 'agent')],
    ['plus de 50', about(50)],
    ['moins de 3 jours', about(3, 'day')],
    ['+50', about(50)],
    ['au total 45', exact(45)],
    ['حوالي 45', about(45)],
    ['حوالى ٤٥', about(45)],
    ['تقريبا 20', about(20)],
    ['20 تقريباً', about(20)],
    ['300 دينار', exact(300, 'TND')],
    ['300 د', exact(300, 'TND')],
    ['300 د.ت', exact(300, 'TND')],
    ['20 دقيقة', exact(20, 'minute')],
    ['20 دقائق', exact(20, 'minute')],
    ['2 ساعة', exact(2, 'hour')],
    ['1 يوم', exact(1, 'day')],
    ['3 أيام', exact(3, 'day')],
    ['3 ايام', exact(3, 'day')],
    ['50 بالمائة', exact(50, '%')],
    ['50 بالمئة', exact(50, '%')],
    ['50٪', exact(50, '%')],
    ['حوالي ٤٥ ألف دينار', about(45000, 'TND')],
    ['12 عون', exact(12, 'agent')],
    ['1,5 million DT', exact(1500000, 'TND')],
    ['1,1 million', exact(1100000)], // not 1100000.0000000002
    ['2 milliards', exact(2000000000)],
    ['350 mille', exact(350000)],
    ['3 ملايين', exact(3000000)],
    // A budget as it is written in Tunisia: « de » after the multiplier, MD for millions of
    // dinars and mD for thousands, م.د and أ.د in Arabic.
    ['1,2 million de dinars', exact(1200000, 'TND')],
    ["2 millions d'habitants", exact(2000000, 'inhabitant')],
    ['environ 3 milliards de dinars', about(3000000000, 'TND')],
    ['1,2 MD', exact(1200000, 'TND')],
    ['1,2 MDT', exact(1200000, 'TND')],
    ['850 mD', exact(850000, 'TND')],
    ['850mDT', exact(850000, 'TND')],
    ['1,2 م.د', exact(1200000, 'TND')],
    ['٨٥٠ أ.د', exact(850000, 'TND')],
    ['ta9riban 30', about(30)],
    ['7awali 30 dqi9a', about(30, 'minute')],
    ['taqriban 12', about(12)],
  ])('%j → %j', (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });

  it("accepts the question's own unit, whole or by its first word, and reports it", () => {
    expect(parseNumber('12 réclamations', { unit: 'réclamations par mois' })).toEqual(
      exact(12, 'réclamations par mois'),
    );
    expect(parseNumber('12 شكوى في الشهر', { unit: ['réclamations par mois', 'شكوى في الشهر'] })).toEqual(
      exact(12, 'شكوى في الشهر'),
    );
    expect(parseNumber('45 ساكن', { unit: ['habitants', 'ساكن'] })).toEqual(exact(45, 'inhabitant'));
    expect(parseNumber('12 réclamations')).toEqual(refused('unexpected-text'));
  });

  it("accepts the question's own unit typed whole, however long and even with a number in it", () => {
    const complaints = { unit: ['réclamations pour 1 000 usagers', 'شكاوى لكل 1000 منتفع'] };
    expect(parseNumber('12 réclamations pour 1000 usagers', complaints)).toEqual(
      exact(12, 'réclamations pour 1 000 usagers'),
    );
    expect(parseNumber('environ 12 شكاوى لكل ١٠٠٠ منتفع', complaints)).toEqual(about(12, 'شكاوى لكل 1000 منتفع'));
    const kwh = { unit: 'kWh par point et par an' };
    expect(parseNumber('3,5 kwh par point et par an', kwh)).toEqual(exact(3.5, 'kWh par point et par an'));
    expect(parseNumber('12 réclamations pour 1 000 usagers')).toEqual(refused('several-numbers'));
  });
});

describe('parseNumber: numbers spelt out', () => {
  it.each<[string, NumberResult]>([
    ['douze', exact(12)],
    ['Seize', exact(16)],
    ['dix-sept', exact(17)],
    ['vingt', exact(20)],
    ['vingt-et-un', exact(21)],
    ['trente et une', exact(31)],
    ['quarante-cinq', exact(45)],
    ['soixante-dix', exact(70)],
    ['soixante et onze', exact(71)],
    ['soixante-dix-neuf', exact(79)],
    ['quatre-vingts', exact(80)],
    ['quatre-vingt-un', exact(81)],
    ['quatre-vingt-dix', exact(90)],
    ['quatre-vingt-dix-sept', exact(97)],
    ['septante-deux', exact(72)], // Belgian and Swiss
    ['huitante', exact(80)],
    ['nonante-neuf', exact(99)],
    ['cent', exact(100)],
    ['deux cents', exact(200)],
    ['trois cent douze', exact(312)],
    ['mille', exact(1000)],
    ['deux mille cinq cents', exact(2500)],
    ['cent vingt mille', exact(120000)],
    ['zéro', exact(0)],
    ['environ douze agents', about(12, 'agent')],
    ['quarante-cinq mille dinars', exact(45000, 'TND')],
    ['deux millions', exact(2000000)],
    ['1,5 mille', exact(1500)], // after digits, « mille » is the multiplier it always was
    ['12 pour cent', exact(12, '%')], // « cent » of « pour cent » is the unit
    ['عشرة', exact(10)],
    ['اثنا عشر', exact(12)],
    ['اثني عشر', exact(12)],
    ['إحدى عشرة', exact(11)],
    ['خمسة عشر', exact(15)],
    ['عشرون', exact(20)],
    ['عشرين', exact(20)],
    ['خمسة وعشرون', exact(25)],
    ['واحد و ثلاثين', exact(31)],
    ['مائة', exact(100)],
    ['مئة وخمسون', exact(150)],
    ['مائتان', exact(200)],
    ['ثلاثمائة', exact(300)],
    ['ثلاث مئة و عشرون', exact(320)],
    ['ألف', exact(1000)],
    ['ألفان', exact(2000)],
    ['ثلاثة آلاف', exact(3000)],
    ['عشرون ألفا', exact(20000)],
    ['ألف ومائتان', exact(1200)],
    ['حوالي عشرين', about(20)],
    ['زوز', exact(2)],
    ['3achra', exact(10)],
    ['wa7ed', exact(1)],
    ['mya', exact(100)],
  ])('%j is %o', (text, result) => {
    expect(parseNumber(text)).toEqual(result);
  });

  it('reads a hesitation or a range said in words as such', () => {
    expect(parseNumber('trois ou quatre')).toEqual({ ok: false, reason: 'either', either: ['3', '4'] });
    expect(parseNumber('ثلاثة أو أربعة')).toEqual({ ok: false, reason: 'either', either: ['3', '4'] });
    expect(parseNumber('entre vingt et trente')).toEqual(refused('range'));
    expect(parseNumber('بين عشرة و عشرين')).toEqual(refused('range'));
  });
});

describe('parseNumber: refusals', () => {
  it.each<[string, string]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['%', 'not-a-number'],
    ['douze quinze', 'in-words'], // two numbers side by side are not one
    ['عشرون ثلاثون', 'in-words'],
    ['مليون', 'in-words'],
    ['12 cents', 'unexpected-text'], // never 12 100
    ['une douzaine', 'unexpected-text'],
    ['12-15', 'range'],
    ['12 - 15', 'range'],
    ['12–15', 'range'],
    ['12 à 15', 'range'],
    ['entre 12 et 15', 'range'],
    ['بين 12 و 15', 'range'],
    ['من 12 إلى 15', 'range'],
    ['12 15', 'several-numbers'],
    ['12 1500', 'several-numbers'],
    ['3 agents et 2 stagiaires', 'several-numbers'],
    ['12/15', 'several-numbers'],
    ['14h30', 'several-numbers'],
    ['1.2.3', 'malformed'],
    ['1.50.000', 'malformed'],
    ['12,5.3', 'malformed'],
    [',5', 'malformed'],
    ['.5', 'malformed'],
    ['12.x', 'malformed'],
    ['45abc', 'unexpected-text'],
    ['45 abc', 'unexpected-text'],
    ['n°5', 'unexpected-text'],
    ['45 DT km', 'unexpected-text'], // two units
    ['million 3', 'unexpected-text'], // a multiplier comes after the number
    ['12 de dinars', 'unexpected-text'], // « de » only after a multiplier
    ['12 md', 'unexpected-text'], // in lower case neither MD nor mD: not guessed
    ['12345678901234567', 'too-many-digits'],
  ])('%j is refused: %s', (text, reason) => {
    expect(parseNumber(text)).toEqual(refused(reason));
  });
});

describe('parseNumber: a hesitation between two numbers', () => {
  it.each<[string, [string, string]]>([
    ['3 ou 4', ['3', '4']],
    ['3 ou bien 4', ['3', '4']],
    ['3 ou 4 agents', ['3', '4']],
    ['45 000 ou 50 000', ['45 000', '50 000']],
    ['3 أو 4', ['3', '4']],
    ['٣ او ٤', ['3', '4']],
    ['3 ولا 4', ['3', '4']],
    ['3 walla 4', ['3', '4']],
    ['3 ou ٤', ['3', '4']],
  ])('%j is refused naming both numbers', (text, either) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason: 'either', either });
  });

  it('is neither a range nor three numbers', () => {
    expect(parseNumber('3 et 4')).toEqual(refused('several-numbers'));
    expect(parseNumber('3 ou 4 ou 5')).toEqual(refused('several-numbers'));
  });
});
