import type { Context } from '../../core/context.ts';
import { localDay } from '../../core/time.ts';
import { completion, missingRequired, placeOf } from './completion.ts';
import { confirmPromptId } from './confirm-view.ts';
import { confirmPosition, currentCursor, derivedCursor, firstOpen, reviewPosition, sameCursor } from './cursor.ts';
import type { Questionnaire } from './definitions.ts';
import { renderContext, todayOf, type FlowDeps } from './deps.ts';
import type { StoredAnswer } from './relevance.ts';
import { formatDate } from './render.ts';
import { activate, deactivate, sessionOf } from './session.ts';
import { show } from './show.ts';
import { submitterName } from './submit.ts';
import { markSeen, sayReplaced, seenSeq } from './teammates.ts';
import { countArgs, spanNow } from './total-span.ts';

/** Starts or resumes a team's run, saying where the person is. */
export async function startRun(
  ctx: Context,
  q: Questionnaire,
  teamId: string,
  teamName: string,
  deps: FlowDeps,
): Promise<void> {
  const run = await deps.repo.openRun(teamId, q, ctx.person.id);
  if (run.status === 'submitted') {
    deactivate(ctx);
    sessionOf(ctx).lastRunId = run.id;
    // Who submitted it, when a teammate did: the one to ask before asking a coordinator to reopen it.
    const name = await submitterName(ctx, run, deps);
    return ctx.say(name ? 'qn-already-submitted-by' : 'qn-already-submitted', {
      title: q.title[ctx.locale],
      date: formatDate(localDay(run.submittedAt ?? deps.now(), deps.timeZone), ctx.locale),
      ...(name ? { name } : {}),
    });
  }
  const loaded = await deps.repo.load(run.id);
  const log = loaded?.log ?? [];
  const answers = loaded?.answers ?? new Map<string, StoredAnswer>();
  const today = todayOf(deps);
  const saved = sessionOf(ctx).active?.runId === run.id ? sessionOf(ctx).active?.cursor : undefined;
  // On resume, questions answered meanwhile by team-mates are passed over.
  let cursor = currentCursor(q, log, answers, ctx.person.id, today, saved);
  const open = q.byId.get(cursor.at);
  if (!saved && open && answers.has(open.id)) cursor = firstOpen(q, answers, today);
  // Left while asked to confirm a submission: back at the review, and the confirmation's buttons go.
  if (cursor.at === confirmPosition) {
    ctx.left(confirmPromptId(run.id));
    cursor = { at: reviewPosition };
  }
  // Resuming a run left at the review while required answers are missing: on to the first open question.
  if (cursor.at === reviewPosition && missingRequired(q, answers, today).length > 0)
    cursor = firstOpen(q, answers, today);
  // The position is kept only where the log would not give it (the question shown is what a typed answer answers).
  const derived = derivedCursor(q, log, ctx.person.id, today, answers);
  activate(ctx, run.id, q.id, derived && sameCursor(derived, cursor) ? undefined : cursor);
  const question = q.byId.get(cursor.at);
  const done = completion(q, answers, today);
  // While a choice still decides how many questions apply, the count is its range (as the header gives it).
  const count = countArgs(spanNow(q, answers, today, done.total));
  if (log.length === 0) {
    ctx.say('qn-started', { title: q.title[ctx.locale], team: teamName, minutes: q.estimatedMinutes ?? 30, ...count });
  } else if (question) {
    const place = placeOf(done, question.id);
    const where = { title: q.title[ctx.locale], team: teamName, answered: done.answered, ...count };
    if (place.extra)
      ctx.say('qn-resumed-extra', {
        ...where,
        number: place.number,
        partTotal: place.total,
        part: place.extra.label[ctx.locale],
      });
    else ctx.say('qn-resumed', { ...where, number: place.number });
  } else {
    ctx.say('qn-resumed-review', { title: q.title[ctx.locale] });
  }
  // Answers of this person's that teammates replaced while they were away: said before the question.
  const rc = renderContext(ctx, deps);
  await sayReplaced(ctx, q, log, seenSeq(ctx, run.id, log), deps, rc);
  markSeen(ctx, run.id, log);
  await show(ctx, q, run, answers, cursor, deps, false, rc);
}
