import { describe, expect, it } from 'vitest';
import { clip, phoneLines } from '../../src/core/phone-screen.ts';

describe('phone screen measures', () => {
  it('counts the lines of a chat bubble, wrapped at spaces, a long word cut', () => {
    expect(phoneLines('')).toBe(1);
    expect(phoneLines('a'.repeat(36))).toBe(1);
    expect(phoneLines(`${'a'.repeat(30)} ${'b'.repeat(10)}`)).toBe(2);
    expect(phoneLines('a'.repeat(73))).toBe(3);
    expect(phoneLines('one\n\ntwo')).toBe(3);
    // Direction marks and isolates take no room.
    expect(phoneLines(`\u200f${'ب'.repeat(36)}\u2068\u2069`)).toBe(1);
  });

  it('clips after a word, with an ellipsis, never more than asked', () => {
    expect(clip('Part des usagers', 30)).toBe('Part des usagers');
    expect(clip('Le service a-t-il des objectifs écrits', 30)).toBe('Le service a-t-il des…');
    expect(clip('Anticonstitutionnellement', 10)).toBe('Anticonst…');
    expect([...clip('Dans quelles familles, se trouvent ses causes', 22)].length).toBeLessThanOrEqual(22);
    expect(clip('Dans quelles familles, se trouvent ses causes', 23)).toBe('Dans quelles familles…');
  });
});
