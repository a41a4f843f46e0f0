// A question's words read in the sense and about the thing it means: « rôle » beside a tax word is
// the tax roll, not the people's roles.
import { describe, expect, it } from 'vitest';
import { questionIntents, readTaxRoll } from '../../../src/features/knowledge/intent.ts';
import { useKnowledgeService } from '../../helpers/knowledge.ts';

const knowledge = useKnowledgeService();

/** The answer's first heading line, without the isolation marks placed around variables. */
const headingOf = (text: string) => (text.replace(/[\u2066-\u2069\u200f]/g, '').split('\n')[0] ?? '').trim();

describe('« rôle » beside a tax word is the tax roll', () => {
  it.each([
    'comment est établi le rôle de la TIB ?',
    "le rôle des taxes locales, c'est quoi ?",
    'qui établit le rôle des impôts de la commune ?',
  ])('%s → the local taxation section', async (question) => {
    const reply = await knowledge().answer(question, 'fr');
    expect(reply.mode).toBe('extractive');
    expect(reply.sources[0]?.pageId).toBe('s1-references-services');
    expect(headingOf(reply.text)).toContain('Fiscalité locale et recouvrement');
  });

  it('reads the word as the roll of imposition, and no longer asks who', () => {
    expect(readTaxRoll('comment est établi le rôle de la TIB ?')).toBe('comment est établi le imposition de la TIB ?');
    expect(questionIntents('comment est établi le rôle de la TIB ?')).not.toContain('who');
  });

  it("still reads a person's role as who does what", async () => {
    expect(readTaxRoll('quel est le rôle du référent qualité ?')).toBe('quel est le rôle du référent qualité ?');
    expect(questionIntents('quel est le rôle du référent qualité ?')).toContain('who');
    const reply = await knowledge().answer('quel est le rôle du référent qualité ?', 'fr');
    expect(headingOf(reply.text)).toContain('Le référent qualité');
  });
});
