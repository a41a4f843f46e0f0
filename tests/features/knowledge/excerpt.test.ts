// The part of a long section an answer shows: where it starts, and what a list item keeps with it.
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/features/knowledge/excerpt.ts';
import { createKnowledgeBase } from '../../../src/features/knowledge/knowledge-base.ts';
import { retrieve } from '../../../src/features/knowledge/retriever.ts';

describe('the excerpt of a long section', () => {
  it('starts at the block sharing most distinct words with the question, not one repeating a word', () => {
    const section = [
      'Le marché : le marché, le marché et encore le marché de la commune.',
      '',
      "L'affermage d'un marché municipal est défini ici.",
      '',
      'x'.repeat(200),
    ].join('\n');
    const text = excerpt(section, ['affermag', 'march', 'municipal'], 120);
    expect(text.startsWith("L'affermage")).toBe(true);
  });

  const list = [
    'Les services, un par un :',
    ...['Collecte des déchets', 'Marchés', 'Éclairage', 'Voirie'].map(
      (s) => `- **${s}** : ${'oui, par contrat. '.repeat(4)}`,
    ),
    "- **État civil** : non, les actes sont signés par l'officier de l'état civil.",
    '- **Permis de bâtir** : non.',
  ].join('\n');

  it('shows the list item asked for after the sentence before the list, the items passed over as « … »', () => {
    const text = excerpt(list, ['etat', 'civil'], 160);
    expect(text.split('\n')).toEqual([
      'Les services, un par un :',
      '…',
      "• État civil : non, les actes sont signés par l'officier de l'état civil.",
      '• Permis de bâtir : non.',
    ]);
  });

  it('reads the list from its start when the item asked for is within reach', () => {
    const text = excerpt(list, ['march'], 260);
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Les services, un par un :',
      `• Collecte des déchets : ${'oui, par contrat. '.repeat(4).trim()}`,
      `• Marchés : ${'oui, par contrat. '.repeat(4).trim()}`,
    ]);
  });
});

describe('a question asking for a rate', () => {
  const section = [
    '**Règles** : la taxe est égale à 2 % du prix de référence ; la redevance est de 0,3 % de la valeur.',
    '',
    "**Indicateurs** : taux de recouvrement de la taxe de l'année ; couverture du recensement ; " + 'x'.repeat(120),
    '',
    '**Repères** : recouvrement national de la taxe d’environ 11,7 % en 2017.',
  ].join('\n');

  it('starts where a rate is given, not where the word « taux » only names one', () => {
    expect(excerpt(section, ['taux', 'tax'], 150).startsWith('Règles : la taxe est égale à 2 %')).toBe(true);
  });

  it('gives the rate said in the same sentence as what the question is about', () => {
    expect(excerpt(section, ['taux', 'recouvr', 'tax'], 150).startsWith('Repères : recouvrement national')).toBe(true);
  });

  it('answers « taux de la TIB » from the pages with the rule of 2 %', () => {
    const kb = createKnowledgeBase(new URL('../../../knowledge', import.meta.url).pathname);
    kb.sync();
    const [first] = retrieve(kb, 'taux de la TIB', 'fr').passages;
    expect(first?.metadata.headingPath.at(-1)).toMatch(/^Fiscalité locale/);
    const shown = excerpt(first?.pageContent ?? '', first?.metadata.queryTokens ?? [], 600);
    expect(shown).toContain('égale à 2 % du prix de référence');
  });
});
