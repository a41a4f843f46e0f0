// A question's words read in the sense and about the thing it means: « rôle » beside a tax word is
// the tax roll, not the people's roles; a "how" question about a thing within a page's subject (the
// monthly review of the dashboard) gets the section on that thing, not the steps of the page's
// subject; "how to improve" is answered by what acts, not by how to measure; "and who takes part"
// asks who, and a Kaizen week is a Kaizen workshop in Arabic too.
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

describe('a "how" question about a thing within the page’s subject', () => {
  it.each([
    ['Comment organiser la revue mensuelle du tableau de bord ?', 'fr', 'Les réunions de revue'],
    ['كيف ننظم المراجعة الشهرية للوحة القيادة؟', 'ar', 'اجتماعات المراجعة'],
  ] as const)('%s → the section on that meeting', async (question, locale, heading) => {
    const reply = await knowledge().answer(question, locale);
    expect(reply.sources[0]?.pageId).toBe('s2-tableau-de-bord');
    expect(headingOf(reply.text)).toContain(heading);
  });

  it('still answers how to build the dashboard with its steps', async () => {
    const reply = await knowledge().answer('comment construire le tableau de bord ?', 'fr');
    expect(headingOf(reply.text)).toContain('Construire le tableau de bord en six étapes');
  });
});

describe('how to improve, and who takes part', () => {
  it.each([
    [
      "Comment améliorer l'accueil au guichet de l'état civil quand les gens attendent debout ?",
      'fr',
      "Le front office : réduire l'attente",
    ],
    ['كيف نحسن استقبال المواطنين في شباك البلدية؟', 'ar', 'الواجهة الأمامية: تقليص الانتظار'],
  ] as const)('%s → what reduces the wait, not how to measure it', async (question, locale, heading) => {
    const reply = await knowledge().answer(question, locale);
    expect(reply.sources[0]?.pageId).toBe('s1-accueil-information');
    expect(headingOf(reply.text)).toContain(heading);
  });

  it('still answers how to measure the wait with the measuring method', async () => {
    const reply = await knowledge().answer("comment mesurer le temps d'attente au guichet ?", 'fr');
    expect(headingOf(reply.text)).toContain("Mesurer le temps d'attente au guichet");
  });

  it('« ومن يشارك » asks who, and a Kaizen week is the Kaizen workshop', async () => {
    expect(questionIntents('كم يدوم أسبوع الكايزن ومن يشارك فيه؟')).toContain('who');
    const reply = await knowledge().answer('كم يدوم أسبوع الكايزن ومن يشارك فيه؟', 'ar');
    expect(reply.sources[0]?.pageId).toBe('s1-kaizen');
    expect(headingOf(reply.text)).toContain('ورشة كايزن');
  });
});
