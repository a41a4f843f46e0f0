import { describe, expect, it } from 'vitest';
import { markdownSections } from '../../src/documents/markdown.ts';

describe('markdownSections', () => {
  it('turns a knowledge page into sections of paragraphs, lists and tables, emphasis as plain text', () => {
    const body = [
      '# Le Lean',
      '',
      "Le **Lean** vise l'usager.",
      '',
      '## Les gaspillages',
      '',
      '- attente',
      '- _transport_ inutile',
      '',
      '1. observer',
      '2. mesurer',
      '',
      '### Exemple',
      '',
      '| Étape | Durée |',
      '|---|---|',
      '| guichet | 5 min |',
    ].join('\n');
    expect(markdownSections(body, 'Le Lean')).toEqual([
      { heading: 'Le Lean', level: 1, blocks: [{ type: 'paragraph', text: "Le Lean vise l'usager." }] },
      {
        heading: 'Les gaspillages',
        level: 2,
        blocks: [
          { type: 'bullets', items: ['attente', 'transport inutile'] },
          { type: 'numbered', items: ['observer', 'mesurer'] },
          { type: 'paragraph', text: 'Exemple', bold: true },
          { type: 'table', header: ['Étape', 'Durée'], rows: [['guichet', '5 min']] },
        ],
      },
    ]);
  });
});
