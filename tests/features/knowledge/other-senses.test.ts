// A glossary word used in another sense names no topic: "certificat de résidence" is not ISO
// certification, "شهادة إقامة" is not the ISO certificate, and signing (يمضي) is not the
// legalising of a signature. The base does not cover who signs in the mayor's place: the question
// goes to the coordinators instead of being answered with the certification section.
import { describe, expect, it } from 'vitest';
import { expectNotCovered, useKnowledgeService } from '../../helpers/knowledge.ts';

const knowledge = useKnowledgeService();

describe('a glossary word in another sense', () => {
  it.each([
    ['qui peut signer un certificat de résidence à la place du président ?', 'fr'],
    ['شكون ينجم يمضي شهادة إقامة في بلاصة رئيس البلدية؟', 'ar'],
  ] as const)('%s: not covered, forwarded to the coordinators', (question, locale) =>
    expectNotCovered(knowledge(), question, locale),
  );

  it.each([
    ['une commune peut-elle obtenir un certificat ?', 'fr', 's2-iso-9001'],
    ['combien coûte le certificat ISO 9001 pour une commune ?', 'fr', 's2-iso-9001'],
    ['كم تكلف شهادة الإيزو للبلدية؟', 'ar', 's2-iso-9001'],
    ['quel délai pour la légalisation de signature ?', 'fr', 's1-references-services'],
    ['ما هي آجال التعريف بالإمضاء؟', 'ar', 's1-references-services'],
  ] as const)('%s: the term in its own sense is still answered', async (question, locale, pageId) => {
    const reply = await knowledge().answer(question, locale);
    expect(reply.mode).toBe('extractive');
    expect(reply.sources[0]?.pageId).toBe(pageId);
  });
});
