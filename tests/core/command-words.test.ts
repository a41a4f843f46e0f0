// The words commands take after their name, read alike by every command: folded, and without the
// Arabic article (alone, after « و » or « ب », or as « لل »), on the lists' side as on the typed side.
import { describe, expect, it } from 'vitest';
import { commandWord, wordReader, wordSet } from '../../src/core/command-words.ts';

describe('commandWord', () => {
  it.each([
    ['الإجابات', 'اجابات'],
    ['إجابات', 'اجابات'],
    ['والإجابات', 'اجابات'],
    ['بالعربية', 'عربيه'],
    ['للتقدم', 'تقدم'],
    ['الكل', 'كل'],
    // Too short to be an article and a word: « إلى », « والي » stay whole.
    ['إلى', 'الي'],
    ['والي', 'والي'],
    ['Réponses', 'reponses'],
    ['compte-rendu', 'compte rendu'],
    ['لا شيء', 'لا شيء'],
  ])('« %s » reads as « %s »', (typed, read) => {
    expect(commandWord(typed)).toBe(read);
  });

  it('reads a word starting with « إل » the same, typed with its hamza or without', () => {
    expect(commandWord('الغاء')).toBe(commandWord('إلغاء'));
  });
});

describe('wordReader', () => {
  const read = wordReader({ answers: ['réponses', 'إجابات'], progress: ['avancement', 'تقدم'] });

  it.each([
    ['reponses', 'answers'],
    ['RÉPONSES', 'answers'],
    ['الإجابات', 'answers'],
    ['إجابات', 'answers'],
    ['التقدم', 'progress'],
    ['avancement', 'progress'],
    ['خطة', undefined],
    ['', undefined],
  ])('« %s » is %s', (typed, meaning) => {
    expect(read(typed)).toBe(meaning);
  });

  it('refuses lists where one word has two meanings once its article is off', () => {
    expect(() => wordReader({ all: ['الكل'], each: ['كل'] })).toThrow(/both all and each/);
  });

  it('wordSet says whether a word is one of its words', () => {
    const isAll = wordSet(['tous', 'كل']);
    expect(isAll('الكل')).toBe(true);
    expect(isAll('Tous')).toBe(true);
    expect(isAll('sfax')).toBe(false);
  });
});
