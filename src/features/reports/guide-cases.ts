// Part 2 of the programme's guide: one case study per pilot commune, from what its team recorded —
// the service measured, what the diagnostic showed, what was decided, how the plan is going, the
// quality system and the missions.
import type { Block, Section } from '../../documents/index.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { Questionnaire } from '../questionnaires/definitions.ts';
import type { PlanItem } from '../questionnaires/plan-view.ts';
import { levelFor, type Results } from '../questionnaires/scoring.ts';
import { formatQuantity, type RenderContext } from '../questionnaires/render.ts';
import { answeredSections, qualitySections, type SubmittedRun } from '../questionnaires/report-answers.ts';
import { planTable, planTargetLines, strengthItems } from '../questionnaires/report-model.ts';
import { actionSourceRef, createQuestionnaireRepository } from '../questionnaires/repository.ts';
import { resultsChart } from '../questionnaires/results-chart.ts';
import { listSeparator } from '../../core/i18n.ts';

export interface CaseTeam {
  id: string;
  /** The team's and the commune's names as the guide's reader reads them (see communeName). */
  name: string;
  commune: string;
  members: string[];
}

export interface CaseDeps {
  db: Db;
  questionnaires: readonly Questionnaire[];
  now: Date;
}

const text = (run: SubmittedRun, id: string) => {
  const value = run.answers.get(id)?.value;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

/** Actions done (with a due date or not), and of the others' deadlines, those late and those to come. */
async function planProgress(db: Db, plan: { id: string }[], done: ReadonlySet<string>, now: Date) {
  const deadlines = await db.deadline.findMany({
    where: {
      sourceRef: { in: plan.filter((a) => !done.has(a.id)).map((a) => actionSourceRef(a.id)) },
      cancelledAt: null,
    },
    select: { dueAt: true },
  });
  const late = deadlines.filter((d) => d.dueAt < now).length;
  return { done: done.size, late, open: deadlines.length - late };
}

function findings(
  q: Questionnaire,
  run: SubmittedRun,
  results: Results,
  plan: readonly PlanItem[],
  rc: RenderContext,
): Block[] {
  const assessed = results.dimensions.filter((d) => d.score !== null);
  const mean = assessed.length ? Math.round(assessed.reduce((a, d) => a + (d.score ?? 0), 0) / assessed.length) : null;
  const weakest = results.weakest.map((id) => q.dimensions.find((d) => d.id === id)?.label[rc.locale] ?? id);
  const blocks: Block[] = [];
  if (mean !== null)
    blocks.push({
      type: 'paragraph',
      text: rc.t('guide-case-level', {
        score: mean,
        level: q.maturityLevels[levelFor(q, mean) - 1]?.label[rc.locale] ?? '',
        weakest: weakest.join(listSeparator(rc.locale)) || '—',
      }),
    });
  const strengths = strengthItems(q, results, rc.locale);
  if (strengths.length > 0)
    blocks.push({ type: 'paragraph', text: rc.t('doc-strengths'), bold: true }, { type: 'bullets', items: strengths });
  const measured = (results.measures ?? []).filter((m) => typeof m.value === 'number');
  if (measured.length > 0)
    blocks.push(
      { type: 'paragraph', text: rc.t('doc-measures'), bold: true },
      {
        type: 'keyValues',
        // Each value with the target the team's plan set on it and the gap left, as the report says it.
        items: measured.map((m) => ({
          key: m.label[rc.locale],
          value: [formatQuantity(Number(m.value), m.unit, rc), ...planTargetLines(m, plan, rc)].join('\n'),
        })),
      },
    );
  // From the problem to its action, in the reading direction (an arrow is not mirrored in Arabic).
  const arrow = rc.locale === 'ar' ? '←' : '→';
  const problems = q.teamActions.flatMap((team) => {
    const problem = text(run, team.problem);
    const action = text(run, team.action);
    return problem ? [action ? `${problem} ${arrow} ${action}` : problem] : [];
  });
  if (problems.length > 0)
    blocks.push(
      { type: 'paragraph', text: rc.t('guide-case-problems'), bold: true },
      { type: 'bullets', items: problems },
    );
  return blocks;
}

/** The case of one commune: empty when its team has submitted nothing yet. */
export async function caseSections(team: CaseTeam, deps: CaseDeps, rc: RenderContext): Promise<Section[]> {
  const repo = createQuestionnaireRepository(deps.db);
  const submittedRun = async (q: Questionnaire | undefined): Promise<SubmittedRun | null> => {
    const run = q ? await repo.findRun(team.id, q, '') : null;
    return q && run?.status === 'submitted'
      ? { q, answers: await repo.answers(run.id), submittedAt: run.submittedAt }
      : null;
  };
  const diagnosticQ = deps.questionnaires.find((q) => q.scored);
  const diagnostic = await submittedRun(diagnosticQ);
  const diagnosticRun = diagnosticQ ? await repo.findRun(team.id, diagnosticQ, '') : null;
  const results = diagnostic && diagnosticRun ? await repo.results(diagnosticRun.id) : null;
  const sections: Section[] = [];
  const plan = await repo.teamActionItems(team.id);
  if (diagnostic && diagnosticQ && results) {
    const domain = diagnostic.answers.get('q_service_domain')?.value;
    const service = [
      text(diagnostic, 'q_service_name'),
      domain ? answeredDomain(diagnosticQ, String(domain), rc) : null,
    ]
      .filter(Boolean)
      .join(' — ');
    const chartTitle = rc.t('qn-chart-title', { title: diagnosticQ.title[rc.locale] });
    const chart = await resultsChart(diagnosticQ, results, rc.locale, {
      title: chartTitle,
      subtitle: rc.t('qn-chart-subtitle', { team: team.name }),
      notAssessed: rc.t('qn-chart-not-assessed'),
      notApplicable: (names) => rc.t('qn-chart-not-applicable', { names }),
    });
    sections.push({
      heading: rc.t('guide-case-diagnostic'),
      level: 2,
      blocks: [
        { type: 'paragraph', text: rc.t('guide-case-service', { service: service || '—', team: team.name }) },
        ...findings(diagnosticQ, diagnostic, results, plan, rc),
        { type: 'image', png: chart, width: 520, alt: chartTitle },
      ],
    });
  }
  if (plan.length > 0) {
    const done = await repo.doneActionIds(team.id);
    sections.push({
      heading: rc.t('guide-case-plan'),
      level: 2,
      blocks: [
        {
          type: 'paragraph',
          text: rc.t('guide-case-progress', {
            total: plan.length,
            ...(await planProgress(deps.db, plan, done, deps.now)),
          }),
        },
        planTable(plan, deps.questionnaires, rc, done),
      ],
    });
  }
  const quality = await submittedRun(deps.questionnaires.find((q) => q.id === 'dispositif-qualite'));
  if (quality)
    sections.push(
      ...qualitySections(quality, rc).map((s) => ({ ...s, heading: `${rc.t('doc-quality')} — ${s.heading}` })),
    );
  for (const q of deps.questionnaires.filter((x) => x.repeatable)) {
    const runs = (await repo.submittedRuns(team.id, q, '')).slice(0, 5);
    for (const run of runs) {
      const answers = await repo.answers(run.id);
      const parts = answeredSections({ q, answers, submittedAt: run.submittedAt }, rc, 2);
      const items = parts.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'keyValues' ? b.items : [])));
      if (items.length > 0)
        sections.push({ heading: q.title[rc.locale], level: 2, blocks: [{ type: 'keyValues', items }] });
    }
  }
  return sections;
}

function answeredDomain(q: Questionnaire, value: string, rc: RenderContext): string {
  const question = q.byId.get('q_service_domain');
  return question?.type === 'single'
    ? (question.choices.find((c) => c.value === value)?.label[rc.locale] ?? value)
    : value;
}
