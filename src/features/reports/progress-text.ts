// /progress as coordinators read it on a phone: per team, the questionnaires under way or done,
// those not started counted, the deadlines and the plan; `/progress détail` adds each
// questionnaire not started by name and the optional parts opened, as the reply read before.
import { communeName, teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import { listSeparator } from '../../core/i18n.ts';
import { personName } from '../../core/person-name.ts';
import { countArgs } from '../questionnaires/total-span.ts';
import type { QuestionnaireProgress, TeamProgress } from './progress.ts';

/** "Diagnostic … : en cours — 24 %, 12/58 réponses, 2 passées", then (in full) the optional parts opened. */
function questionnaireLine(ctx: Context, q: QuestionnaireProgress, full: boolean): string {
  const title = q.title ? q.title[ctx.locale] : q.questionnaireId;
  if (q.kind === 'person')
    return ctx.t('progress-personal', {
      questionnaire: title,
      submitted: q.submitted,
      members: q.members,
      percent: q.percent,
    });
  if (q.kind === 'reports')
    return ctx.t('progress-reports', {
      questionnaire: title,
      count: ctx.t('progress-reports-count', { count: q.submitted }),
    });
  const status = ctx.t(`progress-status-${q.status}`);
  if (q.total === null) return ctx.t('progress-run-unknown', { questionnaire: title, status, answers: q.answered });
  const line = ctx.t('progress-run', {
    questionnaire: title,
    status,
    answered: q.answered,
    ...countArgs({ least: q.total, most: q.most ?? q.total }),
    percent: q.percent ?? 0,
  });
  // The optional parts opened, under the main count, as /status lists them.
  const parts = full
    ? q.extras.map((p) =>
        ctx.t('progress-run-extra', { part: p.label[ctx.locale], answered: p.answered, total: p.total }),
      )
    : [];
  const main = q.skipped > 0 ? `${line}${ctx.t('progress-run-skipped', { skipped: q.skipped })}` : line;
  return [main, ...parts].join('\n');
}

/** Nothing done yet: a shared run not started, a personal one nobody started, no report submitted. */
function notStarted(q: QuestionnaireProgress): boolean {
  if (q.kind === 'team') return q.status === 'new';
  if (q.kind === 'person') return q.started === 0 && q.submitted === 0;
  return q.submitted === 0;
}

/** A team's heading in /progress: its code, its name, and its commune's when it is named otherwise (/team nom). */
function progressHeading(ctx: Context, t: TeamProgress): string {
  const [name, commune] = [teamName(t, ctx.locale), communeName(t, ctx.locale)];
  if (name === commune) return ctx.t('progress-team', { slug: t.slug, commune, members: t.members });
  return ctx.t('progress-team-named', { slug: t.slug, name, commune, members: t.members });
}

/** One team's block in /progress: its heading, questionnaires, deadlines, who is late and its plan. */
export function teamLines(ctx: Context, t: TeamProgress, full: boolean): string[] {
  const lines = [progressHeading(ctx, t)];
  if (t.questionnaires.length === 0) lines.push(ctx.t('progress-no-run'));
  const waiting = full ? [] : t.questionnaires.filter(notStarted);
  for (const q of t.questionnaires) if (!waiting.includes(q)) lines.push(questionnaireLine(ctx, q, full));
  if (waiting.length > 0) lines.push(ctx.t('progress-not-started', { count: waiting.length }));
  // A team with no deadline yet is told so, not « none done, 0 late, 0 to come ».
  if (t.done + t.late + t.open === 0) lines.push(ctx.t('progress-deadlines-none'));
  else
    lines.push(
      ctx.t('progress-deadlines', { total: t.done + t.late + t.open, done: t.done, late: t.late, open: t.open }),
    );
  if (t.latePeople.length > 0)
    lines.push(
      ctx.t('progress-late-people', {
        names: t.latePeople.map((name) => personName(name, ctx)).join(listSeparator(ctx.locale)),
      }),
    );
  if (t.plan.actions > 0) lines.push(ctx.t('progress-plan', { actions: t.plan.actions, done: t.plan.done }));
  return lines;
}

/** The lines of /progress; `full` names every questionnaire and optional part. */
export function progressLines(ctx: Context, teams: readonly TeamProgress[], full: boolean): string[] {
  const lines = [ctx.t('progress-title')];
  for (const t of teams) lines.push('', ...teamLines(ctx, t, full));
  lines.push('');
  if (!full) lines.push(ctx.t('progress-more'));
  lines.push(ctx.t('progress-export-hint'));
  return lines;
}
