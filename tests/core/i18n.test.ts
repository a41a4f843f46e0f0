import { describe, expect, it } from 'vitest';
import { createI18n, localeFromLanguageCode, locales, teamWord, withDirection } from '../../src/core/i18n.ts';

const i18n = createI18n();

describe('catalogs', () => {
  it('have the same keys in French and Arabic', () => {
    const fr = i18n.keys('fr').sort();
    const ar = i18n.keys('ar').sort();
    expect(fr.length).toBeGreaterThan(10);
    expect(ar).toEqual(fr);
  });

  it('have no empty message and no Arabic message left in French', () => {
    for (const locale of locales) {
      for (const key of i18n.keys(locale)) {
        const text = i18n.t(locale, key, { name: 'X', command: '/x', text: 'x', value: 'x', team: 'T', commune: 'C' });
        expect(text.trim(), `${locale}:${key}`).not.toBe('');
        expect(text, `${locale}:${key}`).not.toBe(key);
      }
    }
    // Every Arabic message contains Arabic letters, except language names and pure layouts
    // of placeables (the same in both languages, e.g. "{ $title } — { $status }").
    const args = { name: 'X', command: '/x', text: 'x', value: 'x', team: 'T', commune: 'C' };
    for (const key of i18n.keys('ar').filter((k) => !k.startsWith('lang-name-'))) {
      const ar = i18n.t('ar', key, args);
      const wordsOutsidePlaceables = i18n.t('ar', key).replace(/\{[^}]*\}/g, '');
      if (!/\p{L}/u.test(wordsOutsidePlaceables)) continue;
      expect(ar, key).toMatch(/[\u0600-\u06FF]/);
    }
  });
});

describe('a team named with the word "team"', () => {
  const isolates = /[\u2066-\u2069]/g;
  const withTeam = (locale: 'fr' | 'ar', team: string) =>
    i18n
      .keys(locale)
      .map((key) => ({ key, text: i18n.t(locale, key, { team, commune: 'Béja', count: 2, title: 'T' }) }))
      .filter(({ text }) => text.includes(team))
      .map(({ key, text }) => ({ key, text: text.replace(isolates, '') }));

  it('is said once, in every message that names a team, in French and Arabic', () => {
    const french = [...withTeam('fr', 'Équipe de Béja'), ...withTeam('fr', 'equipe Béja')];
    expect(french.map((m) => m.key)).toEqual(expect.arrayContaining(['plan-title', 'qn-submitted', 'report-caption']));
    for (const { key, text } of french) expect(text, key).not.toMatch(/[ée]quipe\s+[ée]quipe/iu);
    const arabic = [
      ...withTeam('ar', 'فريق باجة'),
      ...withTeam('ar', 'الفريق البلدي'),
      ...withTeam('ar', 'Équipe de Béja'),
    ];
    expect(arabic.map((m) => m.key)).toEqual(expect.arrayContaining(['plan-title', 'qn-submitted', 'invite-created']));
    for (const { key, text } of arabic) expect(text, key).not.toMatch(/فريق\s*(?:ال)?(?:فريق|Équipe)/u);
    const bare = (locale: 'fr' | 'ar', key: string, args: Record<string, string | number>) =>
      i18n.t(locale, key, args).replace(isolates, '');
    expect(bare('fr', 'plan-title', { team: 'Équipe de Béja', count: 2 })).toContain(
      "Plan d'amélioration — Équipe de Béja (2 actions)",
    );
    expect(bare('fr', 'qn-submitted', { team: 'Équipe de Béja' })).toContain("au nom de l'Équipe de Béja.");
    expect(bare('ar', 'qn-started', { team: 'فريق باجة', title: 'T', minutes: 5, total: 3 })).toContain('لـفريق باجة.');
    expect(bare('ar', 'plan-title', { team: 'Équipe de Béja', count: 2 })).toContain('خطة التحسين — Équipe de Béja (');
  });

  it('keeps the word before any other name', () => {
    const bare = (locale: 'fr' | 'ar', key: string, args: Record<string, string | number>) =>
      i18n.t(locale, key, args).replace(isolates, '');
    expect(bare('fr', 'qn-submitted', { team: 'Béja' })).toContain("au nom de l'équipe Béja.");
    expect(bare('ar', 'plan-title', { team: 'Béja', count: 2 })).toContain('خطة التحسين — فريق Béja (');
    expect(bare('fr', 'audience-team', { team: 'Équipes réunies' })).toBe('équipe Équipes réunies');
    expect([teamWord(' ÉQUIPE 2'), teamWord('Equipe'), teamWord('فريقنا'), teamWord('الفريق 1')]).toEqual([
      'equipe',
      'equipe',
      'other',
      'fariq',
    ]);
  });
});

describe('formatted texts kept for reuse', () => {
  it('gives each set of arguments its own text, in each language, also for long or unusual values', () => {
    const local = createI18n();
    const welcome = (locale: 'fr' | 'ar', name: string) => local.t(locale, 'start-welcome', { name });
    expect(welcome('fr', 'Amel')).toContain('Amel');
    expect(welcome('fr', 'Sami')).toContain('Sami');
    expect(welcome('fr', 'Amel')).not.toContain('Sami');
    expect(welcome('ar', 'Amel')).not.toBe(welcome('fr', 'Amel'));
    expect(welcome('ar', 'Amel')).toBe(createI18n().t('ar', 'start-welcome', { name: 'Amel' }));
    // A value that would read like a separator in the key is still its own value.
    expect(welcome('fr', 'A\u0000name\u0001B')).not.toBe(welcome('fr', 'A'));
    const long = 'x'.repeat(500);
    expect(welcome('fr', long)).toContain(long);
    expect(local.t('fr', 'qn-hint-text', { max: 20 })).toContain('20');
    expect(local.t('fr', 'qn-hint-text', { max: 200 })).toContain('200');
    expect(local.t('fr', 'qn-hint-text', { max: -0 })).toBe(i18n.t('fr', 'qn-hint-text', { max: -0 }));
    // The same call twice gives the same text as a fresh catalog.
    expect(local.t('ar', 'qn-footer')).toBe(createI18n().t('ar', 'qn-footer'));
    expect(local.t('ar', 'qn-footer')).toBe(createI18n().t('ar', 'qn-footer'));
  });
});

describe('Arabic output with French names', () => {
  it('keeps a French name whole and in order inside an isolate', () => {
    const name = 'Jean-Pierre Ben Salah 2';
    const text = i18n.t('ar', 'start-welcome', { name });
    expect(text).toContain(`\u2068${name}\u2069`);
    expect(text.indexOf('مرحبًا')).toBeLessThan(text.indexOf(name));
  });

  it('starts every Arabic line right-to-left, even one starting with a number or French word', () => {
    const out = withDirection('ar', '12 réclamations\nخطة التحسين\n\nKaizen هو\n12 %');
    const lines = out.split('\n');
    // A line without Arabic is French (a French answer in an Arabic chat): left in its own direction.
    expect(lines[0]).toBe('12 réclamations');
    expect(lines[1]?.startsWith('\u200F')).toBe(true);
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe('\u200FKaizen هو');
    expect(lines[4]).toBe('\u200F12 %');
    expect(withDirection('fr', 'texte')).toBe('texte');
    // A line without letters goes with the line before it: the « … » closing a cut French passage
    // of an answer in an Arabic chat stays left to right, the same under an Arabic line does not.
    expect(withDirection('ar', 'Décision dans les 45 jours.\n…')).toBe('Décision dans les 45 jours.\n…');
    expect(withDirection('ar', 'القرار في أجل 45 يومًا.\n…')).toBe('\u200Fالقرار في أجل 45 يومًا.\n\u200F…');
    expect(withDirection('ar', '\u200FSfax\n3')).toBe('\u200FSfax\n\u200F3');
    expect(withDirection('ar', out)).toBe(out);
  });
});

describe('optional parts of a message', () => {
  it('leave no empty pair of isolation marks when they are left out', () => {
    const args = { bar: '▓▓░', percent: 40 };
    for (const locale of locales) {
      const line = i18n.t(locale, 'qn-progress', { ...args, skipped: 0 });
      expect(line, locale).not.toContain('\u2068\u2069');
      expect(line, locale).toMatch(/%$/);
      // Shown, the part keeps its own isolate.
      expect(i18n.t(locale, 'qn-progress', { ...args, skipped: 3 }), locale).toContain('%\u2068');
    }
  });
});

describe('counts and commands inside Arabic', () => {
  it("isolate a count with its slash as one left-to-right run, and a command's Latin part; French unchanged", () => {
    const args = { number: 1, total: 51, section: 'Accueil' };
    // One isolate around the count keeps "1/51" in order in a right-to-left line (two isolates show 51/1).
    expect(i18n.t('ar', 'qn-position', args)).toBe(
      'السؤال \u2066\u20681\u2069/\u206851\u2069\u2069 · \u2068Accueil\u2069',
    );
    expect(i18n.t('fr', 'qn-position', args)).toBe('Question \u20681\u2069/\u206851\u2069 · \u2068Accueil\u2069');
    expect(i18n.t('ar', 'plan-value-missing', { n: 2, field: 'owner' })).toContain(
      '\u2066/plan edit \u20682\u2069\u2069 مسؤول',
    );
    expect(i18n.t('ar', 'qn-hint-date', { example: '15/01/2027' })).not.toContain('\u2066');
    // A dash given as an argument stays inside the command: alone after it, it would show on the far left.
    expect(i18n.t('ar', 'team-arabic-usage')).toContain('\u2066/team arabe beja -\u2069');
  });

  it('isolate a count whose total is a range (« 1/58–64 ») as one left-to-right run too', () => {
    const args = { number: 1, total: 58, most: 64, span: 'range', section: 'Accueil' };
    expect(i18n.t('ar', 'qn-position', args)).toBe(
      'السؤال \u2066\u20681\u2069/\u2068\u206858\u2069–\u206864\u2069\u2069\u2069 · \u2068Accueil\u2069',
    );
    expect(i18n.t('fr', 'qn-position', args)).toBe(
      'Question \u20681\u2069/\u2068\u206858\u2069–\u206864\u2069\u2069 · \u2068Accueil\u2069',
    );
    expect(i18n.t('ar', 'qn-status-title', { ...args, title: 'x', percent: 3, answered: 2, skipped: 0 })).toContain(
      'الإجابات \u2066\u20682\u2069/\u2068\u206858\u2069–\u206864\u2069\u2069\u2069',
    );
  });

  it('isolates once a count or a command of a message placed inside another', () => {
    const inner = i18n.t('ar', 'qn-text-empty');
    expect(inner).toContain('\u2066/skip\u2069');
    const outer = i18n.t('ar', 'qn-position', { number: inner, total: 51, section: 'x' });
    expect(outer).not.toContain('\u2066\u2066');
    expect(outer).toContain('\u2066/skip\u2069');
  });
});

describe('localeFromLanguageCode', () => {
  it.each([
    ['ar', 'ar'],
    ['ar-TN', 'ar'],
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['FR_ca', 'fr'],
    ['en', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (code, expected) => {
    expect(localeFromLanguageCode(code)).toBe(expected);
  });
});
