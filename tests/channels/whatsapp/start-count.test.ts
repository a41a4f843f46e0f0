import { describe, expect, it } from 'vitest';
import type { Question, Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { completion } from '../../../src/features/questionnaires/completion.ts';
import { countArgs, totalSpan } from '../../../src/features/questionnaires/total-span.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { useAppHarness } from './app-harness.ts';

// The start message said « 55 questions pour ce service » before the service domain was chosen,
// then the header said 58 to 64 once it was (each domain has its own measures). It now says the
// range the choice leaves open, as /status would count it after each choice.
const salma = '21655123456@c.us';
const karim = '21655987654@c.us';
const amel = '21655111222@c.us';
const hedi = '21655333444@c.us';

const h = useAppHarness([
  { externalId: salma, displayName: 'Salma Ben Ali', locale: 'fr', slug: 'sfax' },
  { externalId: karim, displayName: 'Karim Trabelsi', locale: 'ar', slug: 'gabes' },
  { externalId: amel, displayName: 'Amel Jaziri', locale: 'fr', slug: 'nabeul' },
  { externalId: hedi, displayName: 'Hédi Mansour', locale: 'ar', slug: 'kairouan' },
]);

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

/** The header's total at the question after the domain (« Question 3/60 »), the service named first if not yet. */
async function totalAfterDomain(who: string, name?: string): Promise<number> {
  if (name) await h.say(who, name);
  const shown = (await h.say(who, '1')).join('\n');
  const total = /(?:Question|السؤال) 3\/(\d+)/.exec(shown)?.[1];
  return Number(total);
}

describe('the start message counts the questions whichever service is chosen', () => {
  it('French: « entre 57 et 63 questions selon le service », and the count after the choice is in it', async () => {
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

  it('Arabic: « وعدد الأسئلة بين 57 و63 حسب المرفق »', async () => {
    const totals = totalsByDomain();
    const started = await start(karim);
    expect(started).toContain(`، وعدد الأسئلة بين ${Math.min(...totals)} و${Math.max(...totals)} حسب المرفق.`);
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
    expect(countArgs(totalSpan(diagnostic, new Map(), today)).span).toBe('range');
  });
});

// The header said « Question 1/55 » right under « entre 58 et 64 questions », /status « 2/55
// réponses », and both jumped once the domain was chosen: while the domain is open they give the
// range, then the count for the domain chosen.
describe('the header and /status count as the start message does', () => {
  const span = () => {
    const totals = totalsByDomain();
    return `${Math.min(...totals)}–${Math.max(...totals)}`;
  };

  /** The texts sent back to a line, as the phone receives them (isolation marks kept). */
  async function sayRaw(who: string, line: string): Promise<string> {
    const before = h.standIn.sent.length;
    await h.say(who, line);
    return h.standIn.sent
      .slice(before)
      .filter((s) => s.chatId === who && typeof s.content === 'string')
      .map((s) => s.content as string)
      .join('\n');
  }

  it('French: « Question 1/57–63 » until the domain is chosen, then « Question 3/57 »', async () => {
    const started = await start(amel);
    expect(started).toContain(`Question 1/${span()} · 1. Identification du service`);
    expect(started).not.toMatch(/Question 1\/\d+ ·/);
    expect((await h.say(amel, 'Service de l’état civil')).join('\n')).toContain(`Question 2/${span()} ·`);
    const status = (await h.say(amel, '/status')).join('\n');
    expect(status).toMatch(new RegExp(`: \\d+ % — 1/${span()} réponses\\n`));
    // The measures' section is named with the questions it may hold, so the lines add up to the range.
    const measures = /\n2\. Mesures de performance du service : selon le service, de (\d+) à (\d+) questions\n/.exec(
      status,
    );
    const totals = totalsByDomain();
    expect(Number(measures?.[2]) - Number(measures?.[1])).toBe(Math.max(...totals) - Math.min(...totals));
    await h.say(amel, '/pause');
    const list = (await h.say(amel, '/diagnostic')).join('\n');
    expect(list).toContain(`en cours : 1/${span()} réponses`);
    const resumed = (await h.say(amel, '1')).join('\n');
    expect(resumed).toContain(`à la question 2 (1/${span()} réponse de l'équipe)`);
    const total = await totalAfterDomain(amel);
    expect(total).toBe(totalsByDomain()[0]);
    const after = (await h.say(amel, '/status')).join('\n');
    expect(after).toContain(`— 2/${total} réponses\n`);
    expect(after).not.toContain('–');
    expect(after).not.toContain('selon le service');
  });

  it('Arabic: « السؤال 1/57–63 » read left to right inside the right-to-left line, then the exact count', async () => {
    await h.say(hedi, '/diagnostic');
    const started = await sayRaw(hedi, '1');
    const header = started.split('\n').find((l) => l.includes('السؤال')) ?? '';
    // Bold on WhatsApp (« *…* »), as every question's heading.
    expect(header.replace(/[\u200b\u200e\u200f\u2066-\u2069]/g, '')).toBe(`*السؤال 1/${span()} · 1. التعريف بالمرفق*`);
    expect(bidiProblems(header)).toEqual([]);
    // The whole count in one left-to-right isolate: « 1/57–63 », not « 63–57/1 ».
    expect(header).toMatch(/\u2066\u20681\u2069\/\u2068\u2068\d+\u2069–\u2068\d+\u2069\u2069\u2069/);
    await h.say(hedi, 'مصلحة الحالة المدنية');
    const status = await sayRaw(hedi, '/status');
    const title = status.split('\n').find((l) => l.includes('تقدّم')) ?? '';
    expect(title.replace(/[\u200b\u200e\u200f\u2066-\u2069]/g, '')).toMatch(
      new RegExp(`: \\d+ % — الإجابات 1/${span()}$`),
    );
    expect(bidiProblems(title)).toEqual([]);
    expect(status.replace(/[\u200b\u200e\u200f\u2066-\u2069]/g, '')).toMatch(
      /\n2\. قيس أداء المرفق: عدد الأسئلة حسب المرفق من \d+ إلى \d+\n/,
    );
    const total = await totalAfterDomain(hedi, 'مصلحة الحالة المدنية');
    expect(total).toBe(totalsByDomain()[0]);
    expect((await h.say(hedi, '/status')).join('\n')).toContain(`الإجابات 2/${total}\n`);
  });
});
