// A municipal question the base does not cover goes to the coordinators: one naming the commune's
// own vocabulary (its agents, its users, its services) by a phrase such as « agent contractuel »,
// though no page is about it, is not declined as off-topic, nor answered with the page that says
// « agents » most. One everyday word (« habitants ») is not enough to make a question municipal.
import { describe, expect, it } from 'vitest';
import { expectNotCovered, useKnowledgeService } from '../../helpers/knowledge.ts';

const knowledge = useKnowledgeService();

describe("the commune's vocabulary on a subject the base does not treat", () => {
  it.each([
    ['comment recruter un agent contractuel ?', 'fr'],
    ['comment recruter des agents contractuels ?', 'fr'],
    ['كيفاش نانتدبو عون متعاقد؟', 'ar'],
    ['كيف ننتدب الأعوان المتعاقدين؟', 'ar'],
  ] as const)('%s: not covered, forwarded to the coordinators', (question, locale) =>
    expectNotCovered(knowledge(), question, locale),
  );

  it.each([
    ['comment motiver les agents municipaux ?', 'fr'],
    ['كيف نحفز الأعوان البلديين؟', 'ar'],
  ] as const)('%s: a covered subject beside the same vocabulary is still answered', async (question, locale) => {
    const reply = await knowledge().answer(question, locale);
    expect(reply.mode).toBe('extractive');
    expect(reply.sources[0]?.pageId).toBe('s1-motivation-equipes');
  });

  it.each([
    ['quelle est la météo demain pour les habitants de Tunis ?', 'fr'],
    ['quel est le salaire d’un employé de banque ?', 'fr'],
  ] as const)('%s: one everyday word of the glossary is no municipal question', async (question, locale) => {
    const reply = await knowledge().answer(question, locale);
    expect(reply.mode).toBe('declined');
  });
});
