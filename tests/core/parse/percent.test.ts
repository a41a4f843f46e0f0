import { describe, expect, it } from 'vitest';
import { percentAmongWords } from '../../../src/core/parse/percent.ts';

describe('percentAmongWords: the one share of a text glossed in words', () => {
  it.each<[string, number]>([
    ['presque tout, 90%', 90],
    ['presque tout 90 %', 90],
    ['la plupart : 75 %', 75],
    ['à peu près la moitié, 48,5 %', 48.5],
    ['تقريبا الكل، 90 %', 90],
    ['تقريبا الكل، ٩٠٪', 90],
    ['الأغلبية 70%', 70],
    ['presque tout، 90 %', 90],
    ['تقريبا tout, 90%', 90],
  ])('%j is %d', (text, value) => {
    expect(percentAmongWords(text)).toBe(value);
  });

  it.each([
    'presque tout', // no number
    'presque tout, 90', // no « % »
    '90% ou 80%', // two numbers
    'tout sauf 10%', // the words turn it around
    'pas 90%',
    'مش 90%',
    'ماهوش 90 %',
  ])('%j is not read', (text) => {
    expect(percentAmongWords(text)).toBeNull();
  });
});
