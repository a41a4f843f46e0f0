import { describe, expect, it } from 'vitest';
import { verbalNounCandidates } from '../../../src/features/knowledge/arabic-verbs.ts';
import {
  arabicReading,
  arabicVerbReading,
  arabicVerbSpellings,
  arabicVocabulary,
  arabiziPattern,
} from '../../../src/features/knowledge/arabizi-arabic.ts';

const vocabulary = arabicVocabulary([
  'تسلم البلدية رخصة البناء في أجل محدد، وتتابع كل رخصة بناء بمؤشر.',
  'النظافة: رفع الفضلات بين المواطن والبلدية، والنظافة بعد الرفع.',
  'حل المشكل قبل أن تسوء الحالة، والحالة المدنية، والحل الثاني.',
  'فريق العمل يتابع الحالة.',
  'الترتيب ثم الترتيب اليومي، ثم توزيع المهام، أي توزيع الأدوار.',
]);

describe('Tunisian typed in Latin letters, read as the Arabic words of the pages', () => {
  it('transliterates digraphs, digits and optional vowels, the feminine ending included', () => {
    expect(arabicReading(vocabulary, 'rokhsat')).toBe('رخصه');
    expect(arabicReading(vocabulary, 'rokhsa')).toBe('رخصه');
    expect(arabicReading(vocabulary, 'nadhafa')).toBe('نظافه');
    expect(arabicReading(vocabulary, 'raf3')).toBe('رفع');
  });

  it('never reads a word as a stop word ("bina" is البناء, not بين)', () => {
    expect(arabicReading(vocabulary, 'bina')).toBe('بناء');
  });

  it('gives no reading when the words it spells disagree, or when nothing matches', () => {
    // حل (a solution) and حالة (a state) are both spelt "7al"
    expect(arabicReading(vocabulary, '7al')).toBeUndefined();
    expect(arabicReading(vocabulary, 'fatoura')).toBeUndefined();
  });

  it('reads a typed "ou" as the و of a long ū ("mas2ouliya" is مسؤولية, not مساءلة)', () => {
    const words = arabicVocabulary(['المسؤولية والمسؤولية ومسؤولية الفريق، والمساءلة والمساءلة والمساءلة.']);
    expect(arabicReading(words, 'mas2ouliya')).toBe('مسووليه');
    expect(arabiziPattern('mas2ouliya')?.test('مساءله')).toBe(false);
    expect(arabiziPattern('rokhsa')?.test('رخصه')).toBe(true); // a lone o stays optional
  });

  it('reads a typed e as a short vowel, not as ي ("yfarrek" is not فريق)', () => {
    expect(arabicReading(vocabulary, 'yfarrek')).toBeUndefined();
    expect(arabicReading(vocabulary, 'fari9')).toBeUndefined(); // once in the texts: too rare to trust
  });

  it('needs two consonants', () => {
    expect(arabiziPattern('ya')).toBeUndefined();
    expect(arabiziPattern('3a9d')?.test('عقد')).toBe(true);
  });
});

describe('Tunisian verbs typed in Latin letters, read as the verbal nouns of the pages', () => {
  it('spells the verb in Arabic letters, its person prefix and subject ending included', () => {
    expect(arabicVerbSpellings('nrattbou')).toEqual(expect.arrayContaining(['نرتبو', 'نرطبو']));
    expect(arabicVerbSpellings('tadhkir')).toEqual([]); // a vowel after the prefix: not a verb form
  });

  it('reads the verb as the verbal noun the texts use', () => {
    expect(arabicVerbReading(vocabulary, 'nrattbou', verbalNounCandidates)).toBe('ترتيب');
    expect(arabicVerbReading(vocabulary, 'nwazz3ouhom', verbalNounCandidates)).toBe('توزيع');
    expect(arabicVerbReading(vocabulary, 'nsallkou', verbalNounCandidates)).toBeUndefined();
  });
});
