import { describe, expect, it } from 'vitest';
import { createI18n, locales } from '../../../src/core/i18n.ts';
import { parseAnswer } from '../../../src/features/questionnaires/answers.ts';
import { catalogVariables } from '../../helpers/catalog.ts';
import { questionWith } from '../../helpers/unit-question.ts';
import { defaultQuestionnairesDir, loadQuestionnaires } from '../../../src/features/questionnaires/index.ts';
import { formatQuantity, unitIds, unitMessage, type Unit } from '../../../src/features/questionnaires/units.ts';

const i18n = createI18n();
const today = '2026-12-05';
const plain = (text: string) => text.replace(/[\u2066-\u2069\u200e\u200f]/g, '');
const shown = (value: number, unit: Unit, locale: 'fr' | 'ar') =>
  plain(formatQuantity(value, unit, { locale, t: (key, args) => i18n.t(locale, key, args) }));

describe('a value reads with the form of its unit that its number asks for', () => {
  it.each([
    [0, '0 minute', '0 دقيقة'],
    [1, '1 minute', 'دقيقة واحدة'],
    [1.5, '1,5 minute', '1,5 دقيقة'],
    [2, '2 minutes', 'دقيقتان'],
    [3, '3 minutes', '3 دقائق'],
    [10, '10 minutes', '10 دقائق'],
    [11, '11 minutes', '11 دقيقة'],
    [25, '25 minutes', '25 دقيقة'],
    [100, '100 minutes', '100 دقيقة'],
    [103, '103 minutes', '103 دقائق'],
  ])('%s minutes', (value, fr, ar) => {
    expect(shown(value, 'minute', 'fr')).toBe(fr);
    expect(shown(value, 'minute', 'ar')).toBe(ar);
  });

  it.each([
    ['day', 1, '1 jour', 'يوم واحد'],
    ['day', 2, '2 jours', 'يومان'],
    ['day', 7, '7 jours', '7 أيام'],
    ['day', 20, '20 jours', '20 يومًا'],
    ['agent', 1, '1 agent', 'عون واحد'],
    ['agent', 12, '12 agents', '12 عونًا'],
    ['dinar', 1, '1 DT', 'دينار واحد'],
    ['dinar', 5, '5 DT', '5 دنانير'],
    ['dinar', 3000000, '3\u202f000\u202f000 DT', '3\u202f000\u202f000 دينار'],
    ['pending-deed', 1, '1 acte en attente', 'رسم واحد في الانتظار'],
    ['pending-deed', 4, '4 actes en attente', '4 رسوم في الانتظار'],
    ['black-spot', 1, '1 point noir', 'نقطة سوداء واحدة'],
    ['black-spot', 2, '2 points noirs', 'نقطتان سوداوان'],
    ['session-per-month', 1, '1 séance par mois', 'جلسة واحدة في الشهر'],
    ['session-per-month', 4, '4 séances par mois', '4 جلسات في الشهر'],
    ['indicator', 1, '1 indicateur', 'مؤشر واحد'],
    ['indicator', 6, '6 indicateurs', '6 مؤشرات'],
    ['percent', 1, '1 %', '1 %'],
    ['percent-of-sample', 62, "62 % de l'échantillon", '62 % من العيّنة'],
  ] as const)('%s: %s', (unit, value, fr, ar) => {
    expect(shown(value, unit, 'fr')).toBe(fr);
    expect(shown(value, unit, 'ar')).toBe(ar);
  });

  it('keeps results stored before units had ids readable', () => {
    const t = (key: string) => key;
    expect(formatQuantity(25, { fr: 'minutes', ar: 'دقيقة' }, { locale: 'fr', t })).toBe('25 minutes');
    expect(formatQuantity(25, { fr: 'minutes', ar: 'دقيقة' }, { locale: 'ar', t })).toBe('25 (دقيقة)');
  });
});

describe('a number in the words of a unit', () => {
  it('is grouped as the value is, by a no-break space: a line never ends at « pour 1 »', () => {
    expect(shown(12, 'complaint-per-1000-users', 'fr')).toBe('12 réclamations pour 1\u202f000 usagers');
    expect(shown(1, 'complaint-per-1000-users', 'fr')).toBe('1 réclamation pour 1\u202f000 usagers');
  });
});

describe('every unit', () => {
  const forms = catalogVariables('ar');

  it.each(locales)('has its message with every form and its name in %s', (locale) => {
    for (const unit of unitIds) {
      expect(i18n.has(locale, unitMessage(unit)), unit).toBe(true);
      const name = i18n.t(locale, `${unitMessage(unit)}.name`);
      expect(name, unit).not.toBe(`${unitMessage(unit)}.name`);
      // In Arabic, one and two of a counted unit are said by the word: « يوم واحد », « يومان »
      // (never « 2 يومان »); a unit written with a symbol keeps its figure (« 2 % »).
      const counted = locale === 'ar' && forms.get(unitMessage(unit))?.counts.has('value');
      for (const value of [0, 1, 2, 3, 11, 100, 2.5])
        if (counted && (value === 1 || value === 2)) expect(shown(value, unit, locale), unit).toMatch(/^\p{L}/u);
        else expect(shown(value, unit, locale), unit).toMatch(/^[\d,\u202f]+ \S/);
    }
  });

  // What the bot writes back can be typed as the answer: "3 أيام" is the value 3, and so is
  // "3 réclamations pour 1 000 usagers" (a number in the unit's words) or a unit of six words;
  // « يومان », « جلستان في الشهر » are two and « شكوى واحدة لكل 1000 منتفع » one.
  it.each(locales)('reads back, in %s, every form the bot writes', (locale) => {
    for (const unit of unitIds) {
      const question = questionWith(unit);
      for (const value of [0, 1, 2, 3, 11, 25, 100, 2.5]) {
        const text = shown(value, unit, locale);
        const read = parseAnswer(question, { kind: 'text', text }, { today });
        expect(read, `${unit}: « ${text} »`).toEqual({ ok: true, value });
      }
    }
  });

  it('is known to the catalogs for every question of every questionnaire file', () => {
    const used = new Set(
      loadQuestionnaires(defaultQuestionnairesDir).flatMap((q) =>
        q.questions.flatMap((x) => ((x.type === 'number' || x.type === 'indicator') && x.unit ? [x.unit] : [])),
      ),
    );
    expect(used.size).toBeGreaterThan(15);
    for (const unit of used) expect(unitIds).toContain(unit);
  });
});
