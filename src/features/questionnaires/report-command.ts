// /report: the team's report (diagnostic, plan, quality system) or its latest mission or study-visit
// report, as a DOCX in the person's language.
import { communeName, teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import type { TeamRef } from '../../core/identity.ts';
import { renderDocx, type DocModel } from '../../documents/index.ts';
import { documentFileName } from '../../documents/file-name.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { Questionnaire } from './definitions.ts';
import { chartWords } from './submit.ts';
import { renderContext, type FlowDeps } from './deps.ts';
import { formatAnswer, formatDate, type RenderContext } from './render.ts';
import { reportHeadOf, reportKindOf, reportOutlineOf } from './report-kinds.ts';
import { answeredSections, outlineSections, type SubmittedRun } from './report-answers.ts';
import { teamReportModel } from './report-model.ts';
import { resultsChart } from './results-chart.ts';
import { listSeparator } from '../../core/i18n.ts';
import { personName } from '../../core/person-name.ts';
import { localDay } from '../../core/time.ts';

export const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ReportDeps {
  db: Db;
  flow: FlowDeps;
  list: readonly Questionnaire[];
}

async function members(db: Db, teamId: string): Promise<string[]> {
  const rows = await db.teamMember.findMany({
    where: { teamId },
    include: { person: { select: { displayName: true } } },
  });
  return rows.map((r) => r.person.displayName);
}

async function submitted(deps: ReportDeps, teamId: string, q: Questionnaire | undefined, personId: string) {
  if (!q) return null;
  const run = await deps.flow.repo.findRun(teamId, q, personId);
  if (!run || run.status !== 'submitted') return null;
  return { run, answers: await deps.flow.repo.answers(run.id) };
}

async function reply(ctx: Context, doc: DocModel, fileName: string, caption: string) {
  const data = await renderDocx(doc);
  ctx.reply({ kind: 'document', fileName, mimeType: docxMime, data, caption });
}

/** The team's report: diagnostic, measures, scores with the chart, problems, plan, quality system. */
export async function teamReport(ctx: Context, team: TeamRef, deps: ReportDeps): Promise<void> {
  const [diagnosticQ, qualityQ] = [
    deps.list.find((q) => q.scored),
    deps.list.find((q) => q.id === 'dispositif-qualite'),
  ];
  const diagnostic = await submitted(deps, team.id, diagnosticQ, ctx.person.id);
  const results = diagnostic ? await deps.flow.repo.results(diagnostic.run.id) : null;
  if (!diagnosticQ || !diagnostic || !results) return ctx.say('report-not-ready');
  const quality = await submitted(deps, team.id, qualityQ, ctx.person.id);
  const rc = renderContext(ctx, deps.flow);
  const [name, commune] = [teamName(team, ctx.locale), communeName(team, ctx.locale)];
  const chartPng = await resultsChart(diagnosticQ, results, ctx.locale, chartWords(ctx, diagnosticQ, name));
  const doc = teamReportModel(
    {
      team: { name, commune, members: (await members(deps.db, team.id)).map((m) => personName(m, ctx)) },
      diagnostic: {
        q: diagnosticQ,
        answers: diagnostic.answers,
        submittedAt: diagnostic.run.submittedAt,
        submittedOn: diagnostic.run.submittedAt && localDay(diagnostic.run.submittedAt, deps.flow.timeZone),
        results,
        chartPng,
      },
      quality:
        quality && qualityQ ? { q: qualityQ, answers: quality.answers, submittedAt: quality.run.submittedAt } : null,
      plan: await deps.flow.repo.teamActionItems(team.id),
      done: await deps.flow.repo.doneActionIds(team.id),
      questionnaires: deps.list,
    },
    rc,
  );
  // « jawda-rapport-beja-2026-12-06.docx », « jawda-تقرير-باجة-2026-12-06.docx » for an Arabic reader.
  const fileName = documentFileName([ctx.t('report-file-word'), commune, rc.today], 'docx');
  await reply(ctx, doc, fileName, ctx.t('report-caption', { team: name }));
}

/** The latest submitted report of a repeatable questionnaire (mission, study visit), one section per part. */
export async function repeatedReport(ctx: Context, team: TeamRef, q: Questionnaire, deps: ReportDeps): Promise<void> {
  const [latest] = await deps.flow.repo.submittedRuns(team.id, q, ctx.person.id);
  if (!latest) return ctx.say('report-none-submitted', { title: q.title[ctx.locale] });
  const rc = renderContext(ctx, deps.flow);
  const run: SubmittedRun = { q, answers: await deps.flow.repo.answers(latest.id), submittedAt: latest.submittedAt };
  const commune = communeName(team, ctx.locale);
  const outline = reportOutlineOf(q.id);
  // The cover names who ordered it and its object (the kind of mission, the visit's theme), as the outline's title page does.
  const said = (id: string | undefined) => {
    const question = id ? q.byId.get(id) : undefined;
    const value = id ? run.answers.get(id)?.value : undefined;
    return question && value !== undefined && value !== null ? formatAnswer(question, value, rc).trim() || null : null;
  };
  const mandator = said(reportHeadOf(q.id)?.mandator);
  const subject = said(reportHeadOf(q.id)?.subject);
  const doc: DocModel = {
    locale: ctx.locale,
    title: q.title[ctx.locale],
    subtitle: reportHead(run, rc) ?? commune,
    cover: [
      ...(mandator ? [{ key: ctx.t('doc-mandator'), value: mandator }] : []),
      ...(subject ? [{ key: ctx.t('doc-subject'), value: subject }] : []),
      {
        key: ctx.t('doc-team'),
        value: ctx.t('doc-team-value', {
          team: teamName(team, ctx.locale),
          members: (await members(deps.db, team.id)).map((m) => personName(m, ctx)).join(listSeparator(ctx.locale)),
        }),
      },
      { key: ctx.t('doc-made-on'), value: formatDate(rc.today, ctx.locale) },
    ],
    sections: outline ? outlineSections(run, rc, outline) : answeredSections(run, rc, 1),
  };
  // Named in the reader's language: « jawda-compte-rendu-mission-… », « jawda-تقرير-مهمة-… ».
  const kind = ctx.locale === 'ar' ? q.title.ar : q.id;
  // The day of the mission or visit (two missions' reports submitted the same day keep apart), else of its submission.
  const head = reportHeadOf(q.id);
  const held = head ? run.answers.get(head.date)?.value : undefined;
  const day =
    typeof held === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(held)
      ? held
      : localDay(latest.submittedAt ?? deps.flow.now(), deps.flow.timeZone);
  const name = documentFileName([kind, commune, day], 'docx');
  await reply(ctx, doc, name, ctx.t('report-caption-repeated', { title: q.title[ctx.locale] }));
}

/**
 * The subtitle of a mission or visit report: the commune visited and the day, as answered
 * (« Menzel Bourguiba (Bizerte) — 04/12/2026 »), not the team's own commune; null without them.
 */
function reportHead(run: SubmittedRun, rc: RenderContext): string | null {
  const head = reportHeadOf(run.q.id);
  const said = [head?.place, head?.date].flatMap((id) => {
    const question = id ? run.q.byId.get(id) : undefined;
    const value = id ? run.answers.get(id)?.value : undefined;
    if (!question || value === undefined || value === null) return [];
    const text = formatAnswer(question, value, rc).trim();
    return text ? [text] : [];
  });
  return said.length > 0 ? said.join(' — ') : null;
}

/** The questionnaire "/report <word>" names, or undefined for the team's report; null when unknown. */
export function reportKind(args: string, list: readonly Questionnaire[]): Questionnaire | undefined | null {
  const word = args.trim().split(/\s+/)[0] ?? '';
  if (!word) return undefined;
  const kind = reportKindOf(word);
  return kind ? (list.find((q) => q.id === kind.questionnaireId) ?? null) : null;
}
