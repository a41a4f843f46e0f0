import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGlossary, editDistance, parseGlossary } from '../../../src/features/knowledge/glossary.ts';
import { correctTypo } from '../../../src/features/knowledge/typos.ts';

const glossary = createGlossary(
  parseGlossary(`
terms:
  - { fr: "accueil", ar: "الاستقبال", aliases: ["accueil des usagers"], ar_aliases: ["استقبال المنتفعين"], latin: ["esteqbel", "isti9bal"], pages: [s1-accueil-information] }
  - { fr: "amélioration continue", ar: "التحسين المستمر", aliases: [], ar_aliases: [], latin: ["ta7sin mostamer"], pages: [s2-amelioration-continue-pdca] }
  - { fr: "amélioration", ar: "تحسين", pages: [s1-kaizen] }
  - { fr: "réclamation", ar: "شكاية", aliases: ["plainte"], ar_aliases: ["الشكاوى"], pages: [s2-reclamations] }
  - { fr: "parangonnage", ar: "المقارنة المرجعية", aliases: ["comparaison entre communes"], hints: ["voisins"], pages: [s2-parangonnage] }
`),
);
const matched = (text: string) => glossary.match(text).map((m) => m.term.fr);

describe('typos in long glossary words', () => {
  it('reads a word one letter off as the glossary word, and leaves short or far words alone', () => {
    expect(correctTypo(glossary, 'reclamtion')).toBe('reclamation');
    expect(correctTypo(glossary, 'parangonage')).toBe('parangonnage');
    expect(correctTypo(glossary, 'acceuil')).toBeUndefined(); // two edits, and short
    expect(correctTypo(glossary, 'capitalle')).toBeUndefined();
  });
});

describe('glossary matching', () => {
  it.each([
    ["qualité de l'Accueil", ['accueil']],
    ['كيف نحسن الاستقبال', ['accueil']],
    ['une plainte', ['réclamation']],
    ['الشكاوى', ['réclamation']],
    ["l'amélioration continue", ['amélioration continue']],
    ['kifech nhassnou el esteqbal', ['amélioration', 'accueil']], // nhassnou: arabizi for améliorer
    ['isti9bel fel baladiya', ['accueil']],
    ['rien à voir', []],
  ])('%s → %j', (text, terms) => {
    expect(matched(text)).toEqual(terms);
  });

  it('a name that repeats a word matches a question that says it once', () => {
    const ppp = createGlossary(
      parseGlossary(`
terms:
  - { fr: "partenariat public-privé", ar: "الشراكة بين القطاع العام والقطاع الخاص", pages: [s1-modes-de-gestion] }
  - { fr: "gestion déléguée", ar: "التصرف المفوض", ar_aliases: ["القطاع الخاص"], pages: [s1-modes-de-gestion] }
`),
    );
    const terms = ppp.match('كيف تعمل الشراكة بين القطاعين العام والخاص').map((m) => m.term.fr);
    expect(terms).toEqual(['partenariat public-privé']);
  });

  it('a longer phrase wins over the shorter term inside it, but each occurrence counts', () => {
    expect(matched('amélioration continue et amélioration')).toEqual(['amélioration continue', 'amélioration']);
  });

  it('a phrase of the term matches in another order or with a word between', () => {
    expect(matched('comparaison des coûts du service de la commune')).toEqual([]);
    expect(matched('comparaison des communes entre elles')).toEqual(['parangonnage']);
    expect(matched('entre communes, la comparaison')).toEqual(['parangonnage']);
  });

  it('a hint finds the term, weakly; a name of the term does not', () => {
    const [byHint] = glossary.match('les communes voisines');
    expect(byHint).toMatchObject({ term: { fr: 'parangonnage' }, weak: true });
    expect(glossary.match('le parangonnage')[0]?.weak).toBe(false);
  });

  it('a name cut to one word by a question word its other names keep is only a hint', () => {
    const cut = createGlossary(
      parseGlossary(`
terms:
  - { fr: "légalisation de signature", ar: "التعريف بالإمضاء", ar_aliases: ["تعريف الإمضاء"], pages: [s1-references-services] }
  - { fr: "5 pourquoi", ar: "الأسباب الخمسة", aliases: ["cinq pourquoi"], pages: [s2-outils-qualite] }
`),
    );
    // "تعريف" and "pourquoi" are question words: the signature alone, or "cinq", is not the term.
    expect(cut.match('الإمضاء')).toMatchObject([{ term: { fr: 'légalisation de signature' }, weak: true }]);
    expect(cut.match('التعريف بالإمضاء')).toMatchObject([{ term: { fr: 'légalisation de signature' }, weak: false }]);
    expect(cut.match('les cinq étapes')).toMatchObject([{ term: { fr: '5 pourquoi' }, weak: true }]);
    expect(cut.match('les 5 pourquoi')).toMatchObject([{ term: { fr: '5 pourquoi' }, weak: false }]);
  });

  it('bounded edit distance', () => {
    expect(editDistance('esteqbal', 'esteqbel', 2)).toBe(1);
    expect(editDistance('kaizen', 'kaikaku', 1)).toBe(2);
  });

  it('accepts a glossary without optional lists', () => {
    expect(glossary.terms[2]).toMatchObject({ aliases: [], ar_aliases: [], latin: [], pages: ['s1-kaizen'] });
  });
});

describe('the roads in the real glossary', () => {
  const real = createGlossary(
    parseGlossary(readFileSync(resolve(import.meta.dirname, '../../../knowledge/glossary.yaml'), 'utf8')),
  );
  const roads = (text: string) => real.match(text).find((m) => m.term.fr === 'voirie');

  it.each([
    "comment mesurer la qualité de l'entretien des routes ?",
    'la réfection des routes communales',
    'كيف نقيس جودة صيانة الطرقات؟',
    'كيف نحسن تعبيد الطرقات؟',
  ])('%s names the roads', (text) => {
    expect(roads(text)).toMatchObject({ weak: false });
  });

  // A roadmap is no road, digging no pothole: a hint at most. « الطريقة » (a method) stems as « الطريق ».
  it.each(['comment faire une feuille de route ?', 'رخص الحفر'])('%s is at most a hint of the roads', (text) => {
    expect(roads(text)?.weak ?? true).toBe(true);
  });
  it.each(['ما هي الطريقة لتحسين الخدمة؟', 'ما هي أفضل الطرق لتحفيز الأعوان؟', 'chnia etri9a bech nhassnou'])(
    '%s is not about the roads',
    (text) => {
      expect(roads(text)).toBeUndefined();
    },
  );
});
