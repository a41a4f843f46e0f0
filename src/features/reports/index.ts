import type { Context } from '../../core/context.ts';
import type { Command, Feature } from '../../core/router.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from '../admin/audit.ts';
import type { Questionnaire } from '../questionnaires/definitions.ts';
import { toCsv } from './csv.ts';
import { teamProgress, type QuestionnaireProgress, type TeamProgress } from './progress.ts';

export interface ReportsDeps {
  db: Db;
  now: () => Date;
  /** Zone of "today" in the questionnaires' conditions (TIMEZONE). */
  timeZone?: string;
  /** The loaded questionnaire definitions: completion is measured against their questions. */
  questionnaires?: readonly Questionnaire[];
}

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
  'deadlines-done',
  'deadlines-late',
  'deadlines-open',
  'late-people',
];

/** One questionnaire's columns: title, status, answered, skipped, questions, completion (blank when unknown). */
function csvColumns(ctx: Context, q: QuestionnaireProgress | undefined): (string | number)[] {
  if (!q) return ['', '', '', '', '', ''];
  const title = q.title ? q.title[ctx.locale] : q.questionnaireId;
  if (q.kind === 'person')
    return [title, ctx.t('export-personal', { submitted: q.submitted, members: q.members }), '', '', '', q.percent];
  return [title, ctx.t(`progress-status-${q.status}`), q.answered, q.skipped, q.total ?? '', q.percent ?? ''];
}

function csvRows(ctx: Context, teams: TeamProgress[]): (string | number)[][] {
  return teams.flatMap((t) => {
    const tail = [t.done, t.late, t.open, t.latePeople.join(', ')];
    const list = t.questionnaires.length > 0 ? t.questionnaires : [undefined];
    return list.map((q) => [t.slug, t.commune, t.members, ...csvColumns(ctx, q), ...tail]);
  });
}

/** "Diagnostic … : en cours — 12/58 questions (21 %), 2 passée(s)". */
function questionnaireLine(ctx: Context, q: QuestionnaireProgress): string {
  const title = q.title ? q.title[ctx.locale] : q.questionnaireId;
  if (q.kind === 'person')
    return ctx.t('progress-personal', {
      questionnaire: title,
      submitted: q.submitted,
      members: q.members,
      percent: q.percent,
    });
  const status = ctx.t(`progress-status-${q.status}`);
  if (q.total === null) return ctx.t('progress-run-unknown', { questionnaire: title, status, answers: q.answered });
  const line = ctx.t('progress-run', {
    questionnaire: title,
    status,
    answered: q.answered,
    total: q.total,
    percent: q.percent ?? 0,
  });
  return q.skipped > 0 ? `${line}${ctx.t('progress-run-skipped', { skipped: q.skipped })}` : line;
}

/** /progress and /export progress: where each team stands, for coordinators only. */
export function createReportsFeature(deps: ReportsDeps): Feature {
  const { db } = deps;
  const report = (now: Date) => teamProgress(db, now, deps.questionnaires ?? [], deps.timeZone);

  const progress: Command = {
    name: 'progress',
    aliases: ['progression', 'تقدم'],
    access: 'coordinator',
    help: 'cmd-progress',
    run: async (ctx) => {
      const teams = await report(deps.now());
      if (teams.length === 0) return ctx.say('teams-empty');
      const lines = [ctx.t('progress-title')];
      for (const t of teams) {
        lines.push('', ctx.t('progress-team', { slug: t.slug, commune: t.commune, members: t.members }));
        if (t.questionnaires.length === 0) lines.push(ctx.t('progress-no-run'));
        for (const q of t.questionnaires) lines.push(questionnaireLine(ctx, q));
        lines.push(ctx.t('progress-deadlines', { done: t.done, late: t.late, open: t.open }));
        if (t.latePeople.length > 0) lines.push(ctx.t('progress-late-people', { names: t.latePeople.join(', ') }));
      }
      lines.push('', ctx.t('progress-export-hint'));
      ctx.reply({ kind: 'text', text: lines.join('\n') });
    },
  };

  const exportCommand: Command = {
    name: 'export',
    aliases: ['exporter', 'تصدير'],
    access: 'coordinator',
    help: 'cmd-export',
    run: async (ctx, args) => {
      if (!/^(progress|progression|تقدم)$/iu.test(args.trim())) return ctx.say('export-usage');
      const now = deps.now();
      const teams = await report(now);
      const stamp = now.toISOString().slice(0, 10);
      await recordAudit(db, { actorId: ctx.person.id, action: 'export.progress', details: { teams: teams.length } });
      ctx.reply({
        kind: 'document',
        fileName: `jawda-progress-${stamp}.csv`,
        mimeType: 'text/csv',
        data: toCsv(
          csvColumnNames.map((name) => ctx.t(`export-col-${name}`)),
          csvRows(ctx, teams),
        ),
        caption: ctx.t('export-caption', { teams: teams.length }),
      });
    },
  };

  return { name: 'reports', commands: [progress, exportCommand] };
}
