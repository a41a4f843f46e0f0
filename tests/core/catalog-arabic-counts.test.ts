// Every Arabic message that counts something, formatted with a count of each plural form (0, 1, 2,
// 3, 11, 100), says the count the way Arabic does: « يوم واحد », « يومان » (the dual already says
// two: never « 2 يومان »), « 3 أيام », « 11 يومًا », « 100 يوم ».
import { describe, expect, it } from 'vitest';
import { createI18n, type MessageArgs } from '../../src/core/i18n.ts';
import { catalogVariables } from '../helpers/catalog.ts';

const i18n = createI18n();

/** Counted nouns, singular → plural, as the catalogs write them. */
const nouns: Record<string, string> = {
  دقيقة: 'دقائق',
  ساعة: 'ساعات',
  يوم: 'أيام',
  سنة: 'سنوات',
  سؤال: 'أسئلة',
  إجابة: 'إجابات',
  حرف: 'أحرف',
  شخص: 'أشخاص',
  عضو: 'أعضاء',
  فريق: 'فرق',
  إجراء: 'إجراءات',
  رسالة: 'رسائل',
  مسودة: 'مسودات',
  تذكير: 'تذكيرات',
  أجل: 'آجال',
  نقطة: 'نقاط',
  قيمة: 'قيم',
  مؤشر: 'مؤشرات',
  تقرير: 'تقارير',
  جزء: 'أجزاء',
  عون: 'أعوان',
  ساكن: 'سكان',
  دينار: 'دنانير',
  رسم: 'رسوم',
  جلسة: 'جلسات',
  شكوى: 'شكاوى',
  استبيان: 'استبيانات',
};
const singulars = new Set(Object.keys(nouns));
const plurals = new Set(Object.values(nouns));

/** Words that may follow a number without being what it counts (« من 1 إلى 3 »). */
const particles = new Set(['إلى', 'من', 'منهم', 'منهما', 'في', 'على', 'أو', 'و']);

const bare = (word: string) => word.replace(/\p{Mn}/gu, '');
/** « يومًا », « إجراءً », « يوما »: the accusative a count of 11 to 99 takes. */
const accusative = (word: string) =>
  /(?:ًا|اً|ءً)$/u.test(word) || (bare(word).endsWith('ا') && singulars.has(bare(word).slice(0, -1)));
/** « يومان », « يومين », « دقيقتان », « سؤالين »: a dual says two by itself. */
const dual = (word: string) => /(?:ان|ين)$/u.test(bare(word)) && !plurals.has(bare(word)) && !particles.has(word);

/** What is wrong with `word` written after the count `count`, if anything. */
function problem(count: number, word: string): string | undefined {
  if (particles.has(bare(word))) return undefined;
  if (count === 1) return 'one: the noun then « واحد »/« واحدة », without the digit';
  if (count === 2) return 'two: the dual alone, without the digit';
  if (dual(word)) return 'a dual after a count other than two';
  if (count === 3 && (singulars.has(bare(word)) || accusative(word))) return 'few (3–10): the plural';
  if (count === 11 && plurals.has(bare(word))) return 'many (11–99): the singular, accusative';
  if ((count === 0 || count === 100) && (plurals.has(bare(word)) || accusative(word)))
    return 'zero / other (100+): the singular, not accusative';
  return undefined;
}

const plain = (text: string) => text.replace(/[\u2066-\u2069\u200e\u200f]/g, '');
/**
 * A number and the Arabic word after it: a whole number, or the last of a score or a range
 * (« 2/2 إجابتان » counts two answers).
 */
const countedWord = /(?<![\d٠-٩.,])([\d٠-٩]+)(?![\d٠-٩.,/–])\s*(\p{Script=Arabic}[\p{Script=Arabic}\p{Mn}]*)/gu;
const arabicDigits = (text: string) => text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** Each message that takes a count (a plural selector in French or Arabic), with its variables. */
function countedMessages(): { id: string; all: Set<string>; counts: Set<string> }[] {
  const fr = catalogVariables('fr');
  return [...catalogVariables('ar')]
    .map(([id, ar]) => ({ id, all: ar.all, counts: new Set([...ar.counts, ...(fr.get(id)?.counts ?? [])]) }))
    .filter(({ counts }) => counts.size > 0);
}

function formatted(id: string, all: Set<string>, counts: Set<string>, count: number): string[] {
  const spans = all.has('span') ? ['exact', 'range'] : ['exact'];
  return spans.map((span) => {
    const args: MessageArgs = {};
    for (const name of all) args[name] = counts.has(name) ? count : name === 'span' ? span : 'X';
    return plain(i18n.t('ar', id, args));
  });
}

export function countProblems(text: string, count: number): string[] {
  const found: string[] = [];
  for (const [, number = '', word = ''] of text.matchAll(countedWord))
    if (Number(arabicDigits(number)) === count) {
      const why = problem(count, word);
      if (why) found.push(`« ${number} ${word} » (${why})`);
    }
  return found;
}

describe('Arabic counts', () => {
  it('say every plural form of every counted message as Arabic does', () => {
    const messages = countedMessages();
    expect(messages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const { id, all, counts } of messages)
      for (const count of [0, 1, 2, 3, 11, 100])
        for (const text of formatted(id, all, counts, count))
          for (const found of countProblems(text, count)) problems.push(`${id} (${count}): ${found}`);
    expect(problems).toEqual([]);
  });

  it('are checked by rules that catch the known mistakes and let the right forms through', () => {
    expect(countProblems('2 يومان', 2)).toHaveLength(1);
    expect(countProblems('٢ ساعتان', 2)).toHaveLength(1);
    expect(countProblems('1 يوم', 1)).toHaveLength(1);
    expect(countProblems('3 يوم', 3)).toHaveLength(1);
    expect(countProblems('11 أيام', 11)).toHaveLength(1);
    expect(countProblems('100 يومًا', 100)).toHaveLength(1);
    expect(countProblems('0 إجراءً', 0)).toHaveLength(1);
    expect(countProblems('جارٍ: 0/2 إجابتان', 2)).toHaveLength(1);
    for (const [text, count] of [
      ['يوم واحد', 1],
      ['يومان', 2],
      ['3 أيام', 3],
      ['11 يومًا', 11],
      ['11 يوما', 11],
      ['11 دقيقة', 11],
      ['100 يوم', 100],
      ['من 1 إلى 2 منهما', 2],
      ['الإجابات: 2/2', 2],
      ['بتاريخ 11/12/2026', 11],
      ['1,5 دقيقة', 5],
    ] as const)
      expect(countProblems(text, count), text).toEqual([]);
  });
});
