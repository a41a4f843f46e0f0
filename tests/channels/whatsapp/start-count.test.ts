import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question, Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { completion } from '../../../src/features/questionnaires/completion.ts';
import { startCount, totalSpan } from '../../../src/features/questionnaires/total-span.ts';
import { createAppHarness, enrol, type AppHarness } from './app-harness.ts';

// The start message said « 55 questions pour ce service » before the service domain was chosen,
// then the header said 58 to 64 once it was (each domain has its own measures). It now says the
// range the choice leaves open, as /status would count it after each choice.
const salma = '21655123456@c.us';
const karim = '21655987654@c.us';

let h: AppHarness;
beforeAll(async () => {
  h = await createAppHarness();
  await enrol(h.app, [
    { externalId: salma, displayName: 'Salma Ben Ali', locale: 'fr', slug: 'sfax' },
    { externalId: karim, displayName: 'Karim Trabelsi', locale: 'ar', slug: 'gabes' },
  ]);
});
afterAll(async () => {
  await h.cleanup();
});

/** The totals /status gives once the service domain is chosen, one per domain. */
function totalsByDomain(): number[] {
  const q = h.app.questionnaires.find((x) => x.id === 'diagnostic-service') as Questionnaire;
  const domain = q.byId.get('q_service_domain') as Extract<Question, { type: 'single' }>;
  const today = new Date().toISOString().slice(0, 10);
  return domain.choices.map(
    (c) => completion(q, new Map([[domain.id, { value: c.value, authorId: 'x' }]]), today).total,
  );
}

async function start(who: string): Promise<string> {
  await h.say(who, '/diagnostic');
  return (await h.say(who, '1')).join('\n');
}

/** The header's total at the question after the domain (« Question 4/61 »). */
async function totalAfterDomain(who: string, name: string): Promise<number> {
  for (const line of [name, 'Sfax']) await h.say(who, line);
  const shown = (await h.say(who, '1')).join('\n');
  const total = /(?:Question|السؤال) 4\/(\d+)/.exec(shown)?.[1];
  return Number(total);
}

describe('the start message counts the questions whichever service is chosen', () => {
  it('French: « entre 58 et 64 questions selon le service », and the count after the choice is in it', async () => {
    const totals = totalsByDomain();
    const least = Math.min(...totals);
    const most = Math.max(...totals);
    expect(least).toBeLessThan(most);
    const started = await start(salma);
    expect(started).toContain(`, entre ${least} et ${most} questions selon le service.`);
    expect(started).not.toContain('pour ce service');
    const total = await totalAfterDomain(salma, 'État civil');
    expect(total).toBeGreaterThanOrEqual(least);
    expect(total).toBeLessThanOrEqual(most);
  });

  it('Arabic: « وبين 58 و64 سؤالًا حسب المرفق »', async () => {
    const totals = totalsByDomain();
    const started = await start(karim);
    expect(started).toContain(`، وبين ${Math.min(...totals)} و${Math.max(...totals)} سؤالًا حسب المرفق.`);
    expect(started).not.toContain('لهذا المرفق');
    const total = await totalAfterDomain(karim, 'مصلحة الحالة المدنية');
    expect(total).toBeGreaterThanOrEqual(Math.min(...totals));
  });
});

describe('a questionnaire whose sections do not depend on a choice', () => {
  it('has one count, the one /status gives', () => {
    const today = new Date().toISOString().slice(0, 10);
    const fixed = h.app.questionnaires.filter((q) => q.questions.every((x) => !x.sectionRelevantExpr));
    expect(fixed.length).toBeGreaterThan(0);
    for (const q of fixed) {
      const total = completion(q, new Map(), today).total;
      expect(totalSpan(q, new Map(), today), q.id).toEqual({ least: total, most: total });
    }
    const diagnostic = h.app.questionnaires.find((q) => q.id === 'diagnostic-service') as Questionnaire;
    expect(startCount(totalSpan(diagnostic, new Map(), today)).span).toBe('range');
  });
});
