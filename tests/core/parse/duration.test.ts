import { describe, expect, it } from 'vitest';
import { parseDurationMinutes } from '../../../src/core/parse/duration.ts';

describe('a duration said in hours, read in minutes', () => {
  it.each([
    ['1h30', 90],
    ['1 h 30', 90],
    ['2h', 120],
    ['une heure', 60],
    ['une demi-heure', 30],
    ["un quart d'heure", 15],
    ["trois quarts d'heure", 45],
    ['une heure et demie', 90],
    ['une heure et quart', 75],
    ['deux heures', 120],
    ['2 heures 15', 135],
    ['1 heure 15 minutes', 75],
    ['environ une heure', 60],
    ['ساعة', 60],
    ['ساعتين', 120],
    ['نصف ساعة', 30],
    ['ربع ساعة', 15],
    ['ساعة ونصف', 90],
    ['ساعة و نصف', 90],
    ['ساعة وربع', 75],
    ['ساعة إلا ربع', 45],
    ['ساعة غير ربع', 45],
    ['ثلاثة أرباع ساعة', 45],
    ['ساعتين ونص', 150],
    ['حوالي ساعة', 60],
    ['se3a w nos', 90],
    ['nos se3a', 30],
  ])('« %s » is %i minutes', (text, minutes) => {
    expect(parseDurationMinutes(text)).toBe(minutes);
  });

  it.each(['20 minutes', '45', 'demi', 'heure 3 agents', '1,5 heure', 'moins une heure', ''])(
    '« %s » is not read here (a number, a part, or other words)',
    (text) => {
      expect(parseDurationMinutes(text)).toBeNull();
    },
  );
});
