import { communeName, teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import type { Command, Feature } from '../../core/router.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from '../admin/audit.ts';
import type { Questionnaire } from '../questionnaires/definitions.ts';
import { isDetailWord, wordReader, wordSet } from '../../core/command-words.ts';
import { localDay } from '../../core/time.ts';
import { stripDirectionControls } from '../../documents/bidi.ts';
import { renderXlsx } from '../../documents/xlsx.ts';
import { renderDocx } from '../../documents/index.ts';
import { documentFileName } from '../../documents/file-name.ts';
import { listSeparator, type I18n } from '../../core/i18n.ts';
import { docxMime } from '../questionnaires/report-command.ts';
import { teamOf } from '../questionnaires/chat-team.ts';
import { buildGuide, guideOptions } from './guide.ts';
import { findTeamBySlug } from '../admin/roster.ts';
import type { RenderContext } from '../questionnaires/render.ts';
import type { ExportScope } from './answers-data.ts';
import { answersWorkbook } from './answers-export.ts';
import { toCsv } from './csv.ts';
import { teamProgress, type QuestionnaireProgress, type TeamProgress } from './progress.ts';
import { progressLines } from './progress-text.ts';
import {
  byAttention,
  findTeam,
  overviewPage,
  overviewPageOf,
  overviewPrompt,
  teamDetail,
} from './progress-overview.ts';
import { showSideList } from '../../core/side-list.ts';
import { personName } from '../../core/person-name.ts';

export interface ReportsDeps {
  db: Db;
  now: () => Date;
  /** Zone of "today" in the questionnaires' conditions (TIMEZONE). */
  timeZone: string;
  /** The loaded questionnaire definitions: completion is measured against their questions. */
  questionnaires?: readonly Questionnaire[];
  /** For /guide: the catalogs (the guide's language may differ from the coordinator's) and the pages. */
  guide?: { i18n: I18n; knowledgeDir: string };
}

/** The word after /export: what to export (« /تصدير الإجابات » is read as « إجابات »). */
const exportKind = wordReader({
  progress: ['progress', 'progression', 'avancement', 'تقدم'],
  answers: ['answers', 'reponses', 'réponse', 'إجابات', 'أجوبة'],
});

const isAll = wordSet(['all', 'toutes', 'tous', 'كل', 'جميع']);

/** The export's columns; their headers are catalog messages `export-col-<name>` in the person's language. */
const csvColumnNames = [
  'team',
  'commune',
  'members',
  'questionnaire',
  'status',
  'answered',
  'skipped',
  'questions',
  'completion',
  'extras',
  'deadlines-done',
  'deadlines-late',
  'deadlines-open',
  'late-people',
  'plan-actions',
  'plan-done',
];

/**
 * One questionnaire's columns: title, status, answered, skipped, questions, completion (blank when
 * unknown), then the optional parts opened with their own count, as /progress lists them apart.
 */
function csvColumns(ctx: Context, q: QuestionnaireProgress | undefined): (string | number)[] {
  if (!q) return ['', '', '', '', '', '', ''];
  const title = q.title ? q.title[ctx.locale] : q.questionnaireId;
  if (q.kind === 'person')
    return [title, ctx.t('export-personal', { submitted: q.submitted, members: q.members }), '', '', '', q.percent, ''];
  if (q.kind === 'reports') return [title, ctx.t('progress-reports-count', { count: q.submitted }), '', '', '', '', ''];
  const extras = q.extras
    .map((p) => ctx.t('export-extra', { part: p.label[ctx.locale], answered: p.answered, total: p.total }))
    .join(' | ');
  // While a choice still decides how many questions apply, the range the team's own screens give.
  const questions =
    q.total !== null && q.most !== null && q.most !== q.total ? `${q.total}–${q.most}` : (q.total ?? '');
  return [title, ctx.t(`progress-status-${q.status}`), q.answered, q.skipped, questions, q.percent ?? '', extras];
}

function csvRows(ctx: Context, teams: TeamProgress[]): (string | number)[][] {
  return teams.flatMap((t) => {
    const late = t.latePeople.map((name) => personName(name, ctx)).join(listSeparator(ctx.locale));
    const tail = [t.done, t.late, t.open, late, t.plan.actions, t.plan.done];
    const list = t.questionnaires.length > 0 ? t.questionnaires : [undefined];
    return list.map((q) => [t.slug, communeName(t, ctx.locale), t.members, ...csvColumns(ctx, q), ...tail]);
  });
}

/** /progress and /export progress: where each team stands, for coordinators; /export answers: a team's answers. */
export function createReportsFeature(deps: ReportsDeps): Feature {
  const { db } = deps;
  const report = (now: Date) => teamProgress(db, now, deps.questionnaires ?? [], deps.timeZone);

  /** The overview's page of teams, or, for a cohort of one team, that team's block. */
  const overview = async (ctx: Context, page: number, replaces?: string) => {
    const now = deps.now();
    const teams = byAttention(await report(now));
    if (teams.length === 0) return ctx.say('teams-empty');
    const [only] = teams;
    if (only && teams.length === 1)
      return ctx.reply({
        kind: 'text',
        text: teamDetail(ctx, only, false, { now, timeZone: deps.timeZone, alone: true }),
      });
    const list = overviewPage(ctx, teams, page, { now, timeZone: deps.timeZone });
    showSideList(ctx, replaces === undefined ? list : { ...list, replaces });
  };

  /** `/progress 3`, `/progress beja`, `/تقدم باجة تفاصيل`: one team's block; false when none is named so. */
  const oneTeam = async (ctx: Context, query: string, full: boolean) => {
    const now = deps.now();
    const teams = byAttention(await report(now));
    const team = findTeam(teams, query);
    if (!team) return ctx.say('progress-unknown-team', { query });
    const alone = teams.length === 1;
    ctx.reply({ kind: 'text', text: teamDetail(ctx, team, full, { now, timeZone: deps.timeZone, alone }) });
  };

  const progress: Command = {
    name: 'progress',
    aliases: ['progression', 'تقدم'],
    access: 'coordinator',
    help: 'cmd-progress',
    refusedMember: 'progress-member',
    run: async (ctx, args) => {
      const words = args.trim().split(/\s+/).filter(Boolean);
      if (words.length === 0) return overview(ctx, 0);
      // Every team in full, as /progress read before it listed them (« /progress détail »).
      if (isDetailWord(args)) {
        const teams = await report(deps.now());
        if (teams.length === 0) return ctx.say('teams-empty');
        return ctx.reply({ kind: 'text', text: progressLines(ctx, teams, true).join('\n') });
      }
      const full = words.length > 1 && isDetailWord(words.at(-1) ?? '');
      await oneTeam(ctx, (full ? words.slice(0, -1) : words).join(' '), full);
    },
  };

  /** A team picked on the overview, or a page turned (it takes the place of the page tapped). */
  const overviewChoice = {
    prefix: overviewPrompt,
    run: async (ctx: Context, values: string[], promptId: string) => {
      // The router checks access for commands only: the overview's choices are for coordinators too.
      if (!ctx.hasRole('coordinator')) return ctx.say('not-allowed');
      const value = values[0] ?? '';
      const page = overviewPageOf(value);
      if (page !== null) return overview(ctx, page, promptId);
      ctx.answered(promptId);
      await oneTeam(ctx, value, false);
    },
  };

  const exportProgress = async (ctx: Context) => {
    const now = deps.now();
    const teams = await report(now);
    // The commune's day, as every date the bot writes (not UTC's: an export at 00:30 in Tunis is of that day).
    const stamp = localDay(now, deps.timeZone);
    await recordAudit(db, { actorId: ctx.person.id, action: 'export.progress', details: { teams: teams.length } });
    ctx.reply({
      kind: 'document',
      fileName: documentFileName([ctx.t('export-file-progress'), stamp], 'csv'),
      mimeType: 'text/csv',
      data: toCsv(
        csvColumnNames.map((name) => ctx.t(`export-col-${name}`)),
        csvRows(ctx, teams),
      ),
      caption: ctx.t('export-caption', { teams: teams.length }),
    });
  };

  /** The team asked for: one of the person's teams (the one chosen in /diagnostic by default), any team for a coordinator. */
  const teamToExport = async (ctx: Context, slug: string | undefined) => {
    if (slug === undefined) return teamOf(ctx, true) ?? null;
    const own = ctx.person.teams.find((t) => t.slug === slug.toLowerCase());
    if (own || !ctx.hasRole('coordinator')) return own ?? null;
    return findTeamBySlug(db, slug);
  };

  /** `/export answers [slug | all]`: the answers, plan and deadlines as an XLSX workbook in the person's language. */
  const exportAnswers = async (ctx: Context, target: string | undefined, bare = false) => {
    const all = target !== undefined && isAll(target);
    if (all && !ctx.hasRole('coordinator')) return ctx.say('not-allowed');
    let scope: ExportScope = 'all';
    let slug = 'all';
    let name = '';
    let commune = '';
    if (!all) {
      const team = await teamToExport(ctx, target);
      if (!team) {
        if (target === undefined) return ctx.say('export-answers-no-team');
        const teams = ctx.person.teams.map((t) => t.slug).join(', ') || '—';
        return ctx.say('export-answers-unknown-team', { slug: target, teams });
      }
      scope = { teamId: team.id };
      slug = team.slug;
      name = teamName(team, ctx.locale);
      commune = communeName(team, ctx.locale);
    }
    const now = deps.now();
    const { timeZone } = deps;
    const today = localDay(now, timeZone);
    // Cells are not sentences: no bidi isolation marks around names and numbers.
    const rc: RenderContext = { locale: ctx.locale, t: (key, a) => stripDirectionControls(ctx.t(key, a)), today };
    const result = await answersWorkbook(db, scope, {
      questionnaires: deps.questionnaires ?? [],
      timeZone,
      rc,
      viewer: { id: ctx.person.id, coordinator: ctx.hasRole('coordinator') },
    });
    if (result.teams === 0) return ctx.say('teams-empty');
    const data = await renderXlsx(result.book);
    await recordAudit(db, {
      actorId: ctx.person.id,
      action: 'export.answers',
      target: slug,
      details: { teams: result.teams, answers: result.answers },
    });
    ctx.reply({
      kind: 'document',
      // Named in the reader's language after the commune, as /report names its file:
      // « jawda-reponses-beja-… », « jawda-إجابات-باجة-… ».
      fileName: documentFileName(
        all ? [ctx.t('export-file-answers-all'), today] : [ctx.t('export-file-answers'), commune, today],
        'xlsx',
      ),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      data,
      caption: [
        ctx.t('export-answers-caption', {
          teams: result.teams,
          team: name,
          answers: result.answers,
          actions: result.actions,
          deadlines: result.deadlines,
        }),
        // `/export` alone: the other exports the person may ask for, named under the file.
        ...(bare && ctx.hasRole('coordinator') ? [ctx.t('export-answers-more-coordinator')] : []),
        ...(bare && !ctx.hasRole('coordinator') && ctx.person.teams.length > 1
          ? [ctx.t('export-answers-more-teams')]
          : []),
      ].join('\n'),
    });
  };

  const exportCommand: Command = {
    name: 'export',
    aliases: ['exporter', 'تصدير'],
    // Members export their own team's answers; the progress of every team stays with coordinators.
    access: 'member',
    help: 'cmd-export',
    run: async (ctx, args) => {
      const [word = '', ...rest] = args.trim().split(/\s+/);
      const kind = exportKind(word);
      if (kind === 'progress' && rest.length === 0)
        return ctx.hasRole('coordinator') ? exportProgress(ctx) : ctx.say('not-allowed');
      if (kind === 'answers' && rest.length <= 1) return exportAnswers(ctx, rest[0]);
      // Alone, it exports what a team member most likely wants: their team's answers workbook.
      if (!word && teamOf(ctx, true)) return exportAnswers(ctx, undefined, true);
      ctx.say('export-usage');
    },
  };

  const guideCommand: Command = {
    name: 'guide',
    aliases: ['دليل'],
    access: 'coordinator',
    help: 'cmd-guide',
    run: async (ctx, args) => {
      const options = guideOptions(args, ctx.locale);
      if (!options || !deps.guide) return ctx.say('guide-usage');
      const now = deps.now();
      const today = localDay(now, deps.timeZone);
      const doc = await buildGuide(
        { db, questionnaires: deps.questionnaires ?? [], ...deps.guide },
        { ...options, today, now },
      );
      await recordAudit(db, { actorId: ctx.person.id, action: 'export.guide', details: options });
      ctx.reply({
        kind: 'document',
        fileName: documentFileName(['guide', options.locale, options.anonymous ? 'anonyme' : '', today], 'docx'),
        mimeType: docxMime,
        data: await renderDocx(doc),
        caption: ctx.t('guide-caption'),
      });
    },
  };

  return { name: 'reports', commands: [progress, exportCommand, guideCommand], choices: [overviewChoice] };
}
