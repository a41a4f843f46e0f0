import type { Command, Feature } from '../../core/router.ts';
import type { Db } from '../../persistence/prisma.ts';
import { recordAudit } from '../admin/audit.ts';
import { toCsv } from './csv.ts';
import { teamProgress, type TeamProgress } from './progress.ts';

export interface ReportsDeps {
  db: Db;
  now: () => Date;
}

const csvHeader = ['team', 'commune', 'members', 'questionnaire', 'run_status', 'answers', 'deadlines_done', 'deadlines_late', 'deadlines_open', 'late_people'];

function csvRows(teams: TeamProgress[]): (string | number)[][] {
  return teams.flatMap((t) => {
    const tail = [t.done, t.late, t.open, t.latePeople.join('; ')];
    const runs = t.runs.length > 0 ? t.runs : [{ questionnaireId: '', status: '', answers: 0 }];
    return runs.map((r) => [t.slug, t.commune, t.members, r.questionnaireId, r.status, r.answers, ...tail]);
  });
}

/** /progress and /export progress: where each team stands, for coordinators only. */
export function createReportsFeature(deps: ReportsDeps): Feature {
  const { db } = deps;

  const progress: Command = {
    name: 'progress',
    aliases: ['progression', 'تقدم'],
    access: 'coordinator',
    help: 'cmd-progress',
    run: async (ctx) => {
      const teams = await teamProgress(db, deps.now());
      if (teams.length === 0) return ctx.say('teams-empty');
      const lines = [ctx.t('progress-title')];
      for (const t of teams) {
        lines.push('', ctx.t('progress-team', { slug: t.slug, commune: t.commune, members: t.members }));
        if (t.runs.length === 0) lines.push(ctx.t('progress-no-run'));
        for (const r of t.runs) lines.push(ctx.t('progress-run', { questionnaire: r.questionnaireId, status: ctx.t(`progress-status-${r.status === 'submitted' ? 'submitted' : 'open'}`), answers: r.answers }));
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
      const teams = await teamProgress(db, now);
      const stamp = now.toISOString().slice(0, 10);
      await recordAudit(db, { actorId: ctx.person.id, action: 'export.progress', details: { teams: teams.length } });
      ctx.reply({ kind: 'document', fileName: `jawda-progress-${stamp}.csv`, mimeType: 'text/csv', data: toCsv(csvHeader, csvRows(teams)), caption: ctx.t('export-caption', { teams: teams.length }) });
    },
  };

  return { name: 'reports', commands: [progress, exportCommand] };
}
