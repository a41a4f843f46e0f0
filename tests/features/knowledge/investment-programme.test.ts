// The annual investment programme (PAI): asked by its acronym or its Arabic name, answered by its
// section; « paie » (pays), whose stem is « pai », is not the acronym.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/features/knowledge/analyze.ts';
import { createKnowledgeBase } from '../../../src/features/knowledge/knowledge-base.ts';
import { retrieve } from '../../../src/features/knowledge/retriever.ts';

const kb = createKnowledgeBase(new URL('../../../knowledge', import.meta.url).pathname);
kb.sync();
const first = (question: string, language: 'fr' | 'ar') => retrieve(kb, question, language).passages[0]?.metadata;

describe('the annual investment programme', () => {
  it.each([
    ["c'est quoi le PAI ?", 'fr', "Le programme annuel d'investissement (PAI)"],
    ['le pai doit etre approuve comment ?', 'fr', "Le programme annuel d'investissement (PAI)"],
    ['ما هو البرنامج السنوي للاستثمار؟', 'ar', 'البرنامج السنوي للاستثمار'],
  ] as const)('%s → its section', (question, language, heading) => {
    const found = first(question, language);
    expect(found?.pageId).toBe('s1-planification-strategique');
    expect(found?.headingPath.at(-1)).toBe(heading);
  });

  it('« qui paie le concessionnaire ? » is about the concession, not the PAI', () => {
    expect(analyze('paie')).not.toEqual(analyze('PAI'));
    expect(first('qui paie le concessionnaire ?', 'fr')?.pageId).toBe('s1-modes-de-gestion');
  });
});
