import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/core/text.ts';

describe('shorten', () => {
  it('keeps a text within its length as it is', () => {
    expect(shorten('Réunion jeudi', 13)).toBe('Réunion jeudi');
  });

  it('cuts a long text with « … » within the length', () => {
    const cut = shorten('Afficher les délais au guichet', 12);
    expect(cut).toBe('Afficher le…');
    expect(cut.length).toBeLessThanOrEqual(12);
  });

  it('never cuts an emoji in two, whole or joined', () => {
    // « 🗓 » is two UTF-16 units: a cut at 10 would keep half of it.
    const cut = shorten('Échéance 🗓 du plan', 11);
    expect(cut).toBe('Échéance…');
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const family = 'Guichet 👩‍👩‍👧 unique';
    expect(shorten(family, 12)).toBe('Guichet…');
  });

  it('never separates an Arabic letter from its marks', () => {
    // « دَ » is a letter and its vowel mark: both stay or both go.
    const cut = shorten('تحسين دَوْر الشباك', 8);
    expect(cut).toBe('تحسين…');
    expect(shorten('تحسين دَوْر الشباك', 9)).toBe('تحسين دَ…');
  });
});
