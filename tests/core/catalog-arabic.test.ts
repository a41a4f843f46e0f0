// Arabic as people read it on a phone: every line right to left, isolates balanced, counts in the
// plural form their number takes. French counts are never written "(s)".
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, defaultLocalesDir, withDirection } from '../../src/core/i18n.ts';
import { bidiProblems, reversedRuns } from '../helpers/bidi.ts';

const i18n = createI18n();

function catalogFiles(locale: 'fr' | 'ar'): string[] {
  const dir = join(defaultLocalesDir, locale);
  return [join(defaultLocalesDir, `${locale}.ftl`), ...readdirSync(dir).map((f) => join(dir, f))];
}

/** Message id → its source lines, from the raw catalogs. */
function sources(locale: 'fr' | 'ar'): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of catalogFiles(locale)) {
    let id = '';
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const start = /^([a-z][\w-]*)\s*=/.exec(line);
      if (start?.[1]) id = start[1];
      else if (!/^\s/.test(line)) id = '';
      if (id) out.set(id, `${out.get(id) ?? ''}${line}\n`);
    }
  }
  return out;
}

describe('Arabic catalogs', () => {
  const ar = sources('ar');

  it('read right to left on every line, with every placeable isolated, for counts of every plural form', () => {
    expect(ar.size).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const [id, source] of ar) {
      const names = [...new Set([...source.matchAll(/\$([a-zA-Z][\w-]*)/g)].map((m) => m[1] as string))];
      const selectors = new Set([...source.matchAll(/\$([a-zA-Z][\w-]*)\s*->/g)].map((m) => m[1] as string));
      for (const count of [0, 1, 2, 3, 11, 100]) {
        // French words and numbers inside Arabic: the case that turns a line left to right.
        const args = Object.fromEntries(names.map((n) => [n, selectors.has(n) ? count : `Sfax ${count}`]));
        const text = withDirection('ar', i18n.t('ar', id, args));
        // The name of French, in French, as the language menu shows it: a French line.
        if (id === 'lang-name-fr') continue;
        for (const line of bidiProblems(text)) problems.push(`${id} (${count}): ${JSON.stringify(line)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('leave a space before a command after an Arabic letter (« و /plan »): Telegram does not make « و/plan » a command to tap', () => {
    const glued: string[] = [];
    for (const [id, source] of ar)
      for (const line of source.split('\n'))
        if (/\p{Script=Arabic}\/[a-z]/u.test(line)) glued.push(`${id}: ${line.trim()}`);
    expect(glued).toEqual([]);
  });

  it('put a counted noun after a number only inside a plural selector', () => {
    const nouns =
      'دقيقة|دقائق|ساعة|ساعات|يوم|أيام|يومًا|سؤال|أسئلة|سؤالًا|إجابة|إجابات|حرف|أحرف|حرفًا|شخص|أشخاص|عضو|أعضاء|فريق|فرق|إجراء|إجراءات|إجراءً|رسالة|رسائل|مرة|مرات|تذكير|تذكيرات|سنة|سنوات|أجل|آجال|نقطة|نقاط';
    const fixed = new RegExp(`\\{ \\$[\\w-]+ \\}\\s*(${nouns})(?![\\p{L}])`, 'u');
    const offenders: string[] = [];
    for (const [id, source] of ar)
      for (const line of source.split('\n'))
        if (!/^\s*\*?\[/.test(line) && fixed.test(line)) offenders.push(`${id}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });

  it('use Arabic punctuation between Arabic words', () => {
    const offenders: string[] = [];
    for (const [id, source] of ar)
      if (/[\u0621-\u064A]\s*[;?]|[\u0621-\u064A] ?, ?[\u0621-\u064A]/u.test(source.replace(/\{[^}]*\}/g, '')))
        offenders.push(id);
    expect(offenders).toEqual([]);
  });
});

describe('French catalogs', () => {
  it('never write a count as "(s)": plural selectors choose the form', () => {
    const offenders = [...sources('fr')].filter(([, source]) => /\w\(s\)/.test(source)).map(([id]) => id);
    expect(offenders).toEqual([]);
  });
});

describe('the paragraph rule used above', () => {
  it('finds the first strong character, skipping isolates', () => {
    expect(bidiProblems('12 réclamations')).toEqual(['12 réclamations']);
    expect(bidiProblems('\u2068Sfax\u2069 فريق')).toEqual([]);
    expect(bidiProblems('\u200F/deadline list')).toEqual(['\u200F/deadline list']);
    expect(bidiProblems('\u200F\u2066/deadline list\u2069')).toEqual([]);
    expect(bidiProblems('— 3 ✅')).toEqual([]);
    expect(bidiProblems('فريق \u2068Sfax')).toEqual(['فريق \u2068Sfax']);
  });

  it('finds counts and commands a phone shows reversed (checked against GNU FriBidi)', () => {
    // FriBidi shows this "51/1": each number in its own isolate, the slash between them laid out right to left.
    expect(reversedRuns('\u200Fالسؤال \u20681\u2069/\u206851\u2069 · \u2068القسم\u2069')).toEqual(['1/51']);
    expect(reversedRuns('\u200Fالمستوى العام: \u206849\u2069/100')).toEqual(['49/100']);
    expect(reversedRuns('\u200Fالسؤال \u2066\u20681\u2069/\u206851\u2069\u2069 · \u2068القسم\u2069')).toEqual([]);
    expect(reversedRuns('\u200Fالسؤال \u20681/51\u2069')).toEqual([]);
    expect(reversedRuns('\u200Fبتاريخ 18/06/2025')).toEqual([]);
    expect(reversedRuns('\u200Fتسمية من يقوده: /plan edit <n> مسؤول')).toEqual(['/plan']);
    expect(reversedRuns('\u200Fتسمية من يقوده: \u2066/plan edit <n>\u2069 مسؤول')).toEqual([]);
    expect(reversedRuns('Question \u20681\u2069/\u206851\u2069 · /back')).toEqual([]);
  });
});
