import { describe, expect, it } from 'vitest';
import { directionalRuns, isolateForeignRuns } from '../../src/documents/bidi.ts';

const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

describe('directionalRuns', () => {
  it.each([
    {
      text: 'النتيجة 72 / 100 حسب ISO 9001',
      locale: 'ar' as const,
      runs: [
        { text: 'النتيجة ', rtl: true },
        { text: '72 / 100', rtl: false },
        { text: ' حسب ', rtl: true },
        { text: 'ISO 9001', rtl: false },
      ],
    },
    {
      // Brackets and the final full stop stay with the Arabic text around them.
      text: 'أهداف (SMART).',
      locale: 'ar' as const,
      runs: [
        { text: 'أهداف (', rtl: true },
        { text: 'SMART', rtl: false },
        { text: ').', rtl: true },
      ],
    },
    {
      text: 'Commune de Sfax (بلدية صفاقس) : 12/03/2025',
      locale: 'fr' as const,
      runs: [
        { text: 'Commune de Sfax (', rtl: false },
        { text: 'بلدية صفاقس', rtl: true },
        { text: ') : 12/03/2025', rtl: false },
      ],
    },
    {
      // A team's Arabic answer with a Latin acronym in a French document: one right-to-left stretch,
      // embedded whole, its acronym left to right inside it; the French words before it stay outside.
      text: 'Problème 1 : الإرساليات القصيرة (SMS غير مرسلة) للمنتفعين',
      locale: 'fr' as const,
      runs: [
        { text: 'Problème 1 : ', rtl: false },
        { text: 'الإرساليات القصيرة (', rtl: true, opens: true },
        { text: 'SMS', rtl: false },
        { text: ' غير مرسلة) للمنتفعين', rtl: true, closes: true },
      ],
    },
    {
      // French words between two Arabic terms part them: each stays a run of its own.
      text: 'le terme مضمون et le terme رسم',
      locale: 'fr' as const,
      runs: [
        { text: 'le terme ', rtl: false },
        { text: 'مضمون', rtl: true },
        { text: ' et le terme ', rtl: false },
        { text: 'رسم', rtl: true },
      ],
    },
    {
      // A team's French answer in an Arabic document: one left-to-right run, brackets and all.
      text: 'Disponibilité du parc (%) (fr)',
      locale: 'ar' as const,
      runs: [{ text: 'Disponibilité du parc (%) (fr)', rtl: false }],
    },
    {
      text: "Les camions tombent en panne → l'entretien n'est fait qu'après la panne.",
      locale: 'ar' as const,
      runs: [{ text: "Les camions tombent en panne → l'entretien n'est fait qu'après la panne.", rtl: false }],
    },
    {
      // Brackets opened and closed within French words inside Arabic text go with them (the Arabic
      // words after them are too many to be part of a French answer).
      text: 'المشكلة 1: Nettoyage (marché central) ثم ننظف الأسواق',
      locale: 'ar' as const,
      runs: [
        { text: 'المشكلة ', rtl: true },
        { text: '1: Nettoyage (marché central)', rtl: false },
        { text: ' ثم ننظف الأسواق', rtl: true },
      ],
    },
    {
      // A team's French answer after an Arabic label, with its own full stop: one left-to-right
      // embedding, its full stop inside; the label's number stays in the Arabic line.
      text: "المشكلة 1: Guichet unique (bureau d'ordre) : 3 agents.",
      locale: 'ar' as const,
      runs: [
        { text: 'المشكلة ', rtl: true },
        { text: '1', rtl: false },
        { text: ': ', rtl: true },
        { text: "Guichet unique (bureau d'ordre) : 3 agents.", rtl: false, opens: true, closes: true },
      ],
    },
    {
      // A French answer with an Arabic word inside or at its end (a product's name), before the arrow
      // to another part of the Arabic line: embedded whole, the arrow left outside.
      text: 'Former les agents au logiciel مضمون (fr) ← رقمنة الأرشيف',
      locale: 'ar' as const,
      runs: [
        { text: 'Former les agents au logiciel ', rtl: false, opens: true },
        { text: 'مضمون', rtl: true },
        { text: ' (fr)', rtl: false, closes: true },
        { text: ' ← رقمنة الأرشيف', rtl: true },
      ],
    },
    {
      // An Arabic template's start ← target keeps its right-to-left order, even without Arabic words.
      text: '— ← 100 %',
      locale: 'ar' as const,
      runs: [
        { text: '— ← ', rtl: true },
        { text: '100 %', rtl: false },
      ],
    },
    {
      // A quotation wholly in French or numbers takes its guillemets into its left-to-right run, so that
      // LibreOffice cannot end a line between « and the quoted words (it breaks where the direction changes).
      text: 'يحمل علامة «Effective CAF User» منذ «2023 ?» و« Services Publics+ ».',
      locale: 'ar' as const,
      runs: [
        { text: 'يحمل علامة ', rtl: true },
        { text: '«Effective CAF User»', rtl: false },
        { text: ' منذ ', rtl: true },
        { text: '«2023 ?»', rtl: false },
        { text: ' و', rtl: true },
        { text: '« Services Publics+ »', rtl: false },
        { text: '.', rtl: true },
      ],
    },
    {
      // An Arabic quotation in Arabic stays whole; a quotation mixing both directions is cut as before.
      text: 'مثل «المعلوم على الأراضي» و«ISO 9001 في البلدية»',
      locale: 'ar' as const,
      runs: [
        { text: 'مثل «المعلوم على الأراضي» و«', rtl: true },
        { text: 'ISO 9001', rtl: false },
        { text: ' في البلدية»', rtl: true },
      ],
    },
    {
      // Numbers listed with Arabic commas are read right to left, guillemets and all, as before.
      text: 'اكتب «2، 4، 8»',
      locale: 'ar' as const,
      runs: [
        { text: 'اكتب «', rtl: true },
        { text: '2', rtl: false },
        { text: '، ', rtl: true },
        { text: '4', rtl: false },
        { text: '، ', rtl: true },
        { text: '8', rtl: false },
        { text: '»', rtl: true },
      ],
    },
    {
      text: 'Le label « بلدية نظيفة » et « Ville propre »',
      locale: 'fr' as const,
      runs: [
        { text: 'Le label ', rtl: false },
        { text: '« بلدية نظيفة »', rtl: true },
        { text: ' et « Ville propre »', rtl: false },
      ],
    },
    { text: 'Accueil', locale: 'fr' as const, runs: [{ text: 'Accueil', rtl: false }] },
    { text: 'الاستقبال', locale: 'ar' as const, runs: [{ text: 'الاستقبال', rtl: true }] },
  ])('$locale: $text', ({ text, locale, runs }) => {
    expect(directionalRuns(text, locale)).toEqual(runs);
  });

  it('drops direction controls already in the text (Fluent isolates its placeables)', () => {
    expect(directionalRuns(`الفريق \u2068Sfax\u2069`, 'ar')).toEqual([
      { text: 'الفريق ', rtl: true },
      { text: 'Sfax', rtl: false },
    ]);
  });
});

describe('isolateForeignRuns', () => {
  it('isolates Latin and numbers in Arabic, Arabic in French, and nothing else', () => {
    expect(isolateForeignRuns('أولي 0–39', 'ar')).toBe(`أولي ${LRI}0–39${PDI}`);
    expect(isolateForeignRuns('Commune بلدية', 'fr')).toBe(`Commune ${RLI}بلدية${PDI}`);
    expect(isolateForeignRuns('Initial 0–39', 'fr')).toBe('Initial 0–39');
  });

  it('isolates a French answer with an Arabic word inside left to right, whole', () => {
    expect(isolateForeignRuns('Former les agents au logiciel مضمون ← رقمنة', 'ar')).toBe(
      `${LRI}Former les agents au logiciel مضمون${PDI} ← رقمنة`,
    );
  });
});
