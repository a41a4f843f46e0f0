// Progress that never goes back while a team answers forward: questions that may still apply are
// counted ahead (totals only shrink), and the "add another problem?" parts are optional extras
// numbered apart (« Question 3/8 · Problème prioritaire n° 2 (facultatif) »).
import { resolve } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { loadQuestionnaires, type Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { createI18n } from '../../../src/core/i18n.ts';
import { completion, missingRequired, placeOf } from '../../../src/features/questionnaires/completion.ts';
import { step } from '../../../src/features/questionnaires/engine.ts';
import type { StoredAnswer } from '../../../src/features/questionnaires/relevance.ts';
import type { RenderContext } from '../../../src/features/questionnaires/render.ts';
import { renderReview } from '../../../src/features/questionnaires/review.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { plain, text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

const today = '2026-12-06';
const knowledge = loadQuestionnaires(resolve(import.meta.dirname, '../../../knowledge/questionnaires'));
const service = knowledge.find((x) => x.id === 'diagnostic-service') as Questionnaire;
const [mini] = loadQuestionnaires(resolve(import.meta.dirname, '../../fixtures/questionnaires'));
if (!mini) throw new Error('fixture missing');
const answersOf = (values: Record<string, StoredAnswer['value']>) =>
  new Map(Object.entries(values).map(([k, value]) => [k, { value, authorId: 'p' }]));
const yes = (locale: Locale) => (locale === 'ar' ? 'نعم' : 'oui');
/** Yes to every "add another?" question. */
const allExtras = (locale: Locale) => ({
  q_more_problems_1: yes(locale),
  q_more_problems_2: yes(locale),
  q_more_actions_1: yes(locale),
  q_more_actions_2: yes(locale),
});

describe('completion: what is counted', () => {
  it("counts an indicator's source ahead while the value is open, and drops it on « non mesuré »", () => {
    const base = { q_name: 'a', q_mode: 'direct', q_staff: 3, q_plan: 'full', q_channels: ['phone'] };
    const open = completion(mini, answersOf(base), today);
    expect(open.order.map((x) => x.id)).toContain('q_wait_minutes_source');
    const measured = completion(mini, answersOf({ ...base, q_wait_minutes: 25 }), today);
    expect(measured.total).toBe(open.total);
    const notMeasured = completion(mini, answersOf({ ...base, q_wait_minutes: 'not_measured' }), today);
    expect(notMeasured.total).toBe(open.total - 1);
    expect(notMeasured.order.map((x) => x.id)).not.toContain('q_wait_minutes_source');
  });

  it('counts a question that may apply, without counting its answer or letting the review open it', () => {
    // The contract depends on the mode and the staff, both open: it may apply.
    const answers = answersOf({ q_name: 'a' });
    const done = completion(mini, answers, today);
    const contract = done.order.findIndex((x) => x.id === 'q_contract') + 1;
    expect(contract).toBeGreaterThan(0);
    const jumped = step(mini, answers, { at: 'review' }, { type: 'jump', number: contract }, 'p', today);
    expect(jumped.error).toEqual({ key: 'qn-jump-invalid', args: { max: done.listed.length } });
    // A small staff rules it out: the total shrinks by one.
    expect(completion(mini, answersOf({ q_name: 'a', q_staff: 3 }), today).total).toBe(done.total - 1);
  });

  it('does not count the nine service domains before one is chosen (no « Question 1/140 »)', () => {
    const start = completion(service, new Map(), today);
    expect(start.order.some((x) => x.id === 'q_cr_wait_minutes' || x.id === 'q_rd_paved_share')).toBe(false);
    expect(start.total).toBeLessThan(60);
    const chosen = answersOf({ q_service_name: 'x', q_service_domain: 'civil_registry' });
    const civil = completion(service, chosen, today);
    expect(civil.order.filter((x) => x.id.startsWith('q_cr_')).length).toBe(8);
  });

  it('lists a question that only may apply in the review without calling it missing', () => {
    const i18n = createI18n();
    const ctx: RenderContext = { locale: 'fr', today, t: (key, args) => i18n.t('fr', key, args) };
    // The waiting time is open: its source (required once a value is given) may apply, and is not missing yet.
    const answers = answersOf({ q_service_name: 'x', q_service_domain: 'civil_registry' });
    const done = completion(service, answers, today);
    const source = done.listed.findIndex((x) => x.id === 'q_cr_wait_minutes_source') + 1;
    expect(source).toBeGreaterThan(0);
    const pageText = (page: number) => plain([renderReview(service, answers, 'run', ctx, page)]);
    let page = 1;
    while (!pageText(page).includes(`\n${source}. `)) page++;
    const line = pageText(page)
      .split('\n')
      .find((l) => l.startsWith(`${source}. `));
    expect(line).toMatch(/ : —$/);
    expect(pageText(page)).toContain(`${missingRequired(service, answers, today).length} obligatoires à compléter`);
  });

  it('keeps the problems 2 and 3 out of the main count, as optional parts numbered apart', () => {
    const before = planWalk(service, 'fr', today, Infinity, { q_more_problems_1: 'non' });
    const last = before.at(-1);
    expect(last?.questionId).toBe('q_more_problems_1');
    const walk = planWalk(service, 'fr', today, Infinity, allExtras('fr'));
    const extras = walk.filter((s) => s.part);
    expect(extras.map((s) => `${s.shownAs}/${s.shownOf} ${s.part ?? ''}`)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `${i + 1}/8 Problème prioritaire n° 2`),
      ...Array.from({ length: 7 }, (_, i) => `${i + 1}/7 Problème prioritaire n° 3`),
    ]);
    // The main count ends where it ends without the extras.
    const main = walk.filter((s) => !s.part);
    expect(main.at(-1)?.shownOf).toBe(last?.shownOf);
    // Done and extras answered: the main count is complete, each part counts its own answers.
    let answers = new Map<string, StoredAnswer>();
    for (const s of walk) {
      const done = step(
        service,
        answers,
        { at: s.questionId },
        { type: 'answer', input: { kind: 'text', text: s.line } },
        'p',
        today,
      );
      if (done.save) answers = new Map(answers).set(done.save.questionId, { value: done.save.value, authorId: 'p' });
    }
    const done = completion(service, answers, today);
    expect(done.extras.map((p) => [p.label.fr, p.answered, p.questions.length])).toEqual([
      ['Problème prioritaire n° 2', 8, 8],
      ['Problème prioritaire n° 3', 7, 7],
    ]);
    expect(done.listed.length).toBe(done.total + 15);
    expect(placeOf(done, 'q_problem_3_kind')).toMatchObject({ number: 6, total: 7 });
  });
});

describe.each(knowledge.map((x) => [x.id, x] as const))('walking %s forward, every extra taken', (_id, q) => {
  it.each(['fr', 'ar'] as const)('the percentage never goes down (%s)', (locale) => {
    const walk = planWalk(q, locale, today, Infinity, allExtras(locale));
    for (const [i, s] of walk.entries()) {
      const previous = walk[i - 1];
      if (previous)
        expect(s.percent, `${previous.questionId} → ${s.questionId}`).toBeGreaterThanOrEqual(previous.percent);
    }
  });

  it('the main total only shrinks once the first three questions are answered', () => {
    const main = planWalk(q, 'fr', today, Infinity, allExtras('fr')).filter((s) => !s.part);
    for (const [i, s] of main.entries()) {
      const previous = main[i - 1];
      if (previous && i >= 4)
        expect(s.shownOf, `${previous.questionId} → ${s.questionId}`).toBeLessThanOrEqual(previous.shownOf);
      if (previous) expect(s.shownAs, s.questionId).toBe(previous.shownAs + 1);
    }
  });
});

describe.each(['fr', 'ar'] as const)('the service diagnostic walked with two more problems (%s)', (locale) => {
  let app: App;
  let fresh: FreshDatabase;
  /** Every header and bar shown, in order. */
  const headers: { number: number; total: number; section: string; percent: number }[] = [];
  let say: (line: string) => Promise<string>;

  beforeAll(async () => {
    fresh = await freshDatabase();
    app = await createApp(createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
    const who: Sender = { channel: 'telegram', externalId: `progress-${locale}`, displayName: 'Amel' };
    say = async (line: string) => plain((await app.handle(text(who, line))).replies);
    await say('/start');
    const identity = await app.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'telegram', externalId: who.externalId } },
    });
    const cohort = await app.db.cohort.create({ data: { name: `Pilote ${locale}` } });
    const team = await app.db.team.create({
      data: { slug: `tozeur-${locale}`, name: 'Équipe Tozeur', commune: 'Tozeur', cohortId: cohort.id },
    });
    await app.db.teamMember.create({ data: { teamId: team.id, personId: identity.personId } });
    await app.db.personRole.create({ data: { personId: identity.personId, role: 'participant' } });
    if (locale === 'ar') await say('/lang ar');
    const preset = {
      ...allExtras(locale),
      q_service_domain: pick(service, 'q_service_domain', 'civil_registry'),
      q_cr_rework_rate: locale === 'ar' ? 'غير مقيس' : 'non mesuré',
    };
    const header =
      locale === 'ar'
        ? /السؤال ([\d٠-٩]+)\/([\d٠-٩]+) · (.*)\n\S+ ([\d٠-٩]+) %/
        : /Question (\d+)\/(\d+) · (.*)\n\S+ (\d+) %/;
    const number = (s: string) => Number(s.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))));
    const record = (reply: string) => {
      const m = header.exec(reply);
      if (m)
        headers.push({
          number: number(m[1] ?? ''),
          total: number(m[2] ?? ''),
          section: m[3] ?? '',
          percent: number(m[4] ?? ''),
        });
    };
    record(await say('/diagnostic 1'));
    const walk = planWalk(service, locale, today, Infinity, preset);
    // Stops in the middle of problem 2 (its third question is shown).
    const paused = walk.findIndex((s) => s.questionId === 'q_problem_2_root_cause');
    for (const s of walk.slice(0, paused)) record(await say(s.line));
    extraStatus = await say('/status');
    await say('/pause');
    resumed = await say('/diagnostic 1');
    for (const s of walk.slice(paused)) record(await say(s.line));
    summary = await say('/submit');
  }, 120_000);
  let summary = '';
  let extraStatus = '';
  let resumed = '';
  afterAll(async () => {
    await app.close();
    await fresh.drop();
  });

  it('shows a bar that never goes back, from the first question to the last', () => {
    expect(headers.length).toBeGreaterThan(60);
    for (const [i, h] of headers.entries()) {
      const previous = headers[i - 1];
      if (previous) expect(h.percent, `header ${i}`).toBeGreaterThanOrEqual(previous.percent);
    }
  });

  it('numbers the two extra problems apart, as optional parts, after the main count', () => {
    const optional = locale === 'ar' ? 'اختياري' : 'facultatif';
    const main = headers.filter((h) => !h.section.includes(optional));
    const extras = headers.filter((h) => h.section.includes(optional));
    expect(main.at(-1)).toMatchObject({ number: main.at(-1)?.total });
    expect(extras.map((h) => `${h.number}/${h.total}`)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `${i + 1}/8`),
      ...Array.from({ length: 7 }, (_, i) => `${i + 1}/7`),
    ]);
    expect(extras[0]?.section).toBe(
      locale === 'ar' ? 'المشكل ذو الأولوية رقم 2 (اختياري)' : 'Problème prioritaire n° 2 (facultatif)',
    );
    expect(extras.at(-1)?.section).toBe(
      locale === 'ar' ? 'المشكل ذو الأولوية رقم 3 (اختياري)' : 'Problème prioritaire n° 3 (facultatif)',
    );
  });

  it('says where the team is in the extra problem on /status and when it resumes', () => {
    expect(extraStatus).toContain(
      locale === 'ar' ? 'المشكل ذو الأولوية رقم 2 (اختياري): 2/8' : 'Problème prioritaire n° 2 (facultatif) : 2/8',
    );
    expect(resumed).toContain(
      locale === 'ar'
        ? 'من السؤال 3/8 من « المشكل ذو الأولوية رقم 2 »'
        : 'à la question 3/8 de « Problème prioritaire n° 2 »',
    );
    expect(resumed).toMatch(
      locale === 'ar' ? /السؤال 3\/8 · المشكل ذو الأولوية رقم 2/ : /Question 3\/8 · Problème prioritaire n° 2/,
    );
  });

  it('counts the optional parts apart in the submission summary, as /status does', () => {
    const [two, three] =
      locale === 'ar'
        ? ['المشكل ذو الأولوية رقم 2 (اختياري): 8/8', 'المشكل ذو الأولوية رقم 3 (اختياري): 7/7']
        : ['Problème prioritaire n° 2 (facultatif) : 8/8', 'Problème prioritaire n° 3 (facultatif) : 7/7'];
    expect(summary).toContain(two);
    expect(summary).toContain(three);
  });
});
