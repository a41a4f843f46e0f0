/** The message loop of an open questionnaire. */
import { isDetailWord } from '../../core/command-words.ts';
import type { Context } from '../../core/context.ts';
import { answerConfirm, askToConfirm } from './confirm.ts';
import { confirmPromptId } from './confirm-view.ts';
import { confirmPosition, currentCursor, derivedCursor, reviewPosition, sameCursor } from './cursor.ts';
import { renderContext, type FlowDeps } from './deps.ts';
import { step } from './engine.ts';
import { actionFor, flowCommandArgs, flowCommandAt, pageTurn, sentAnAnswer, typedNumber } from './input.ts';
import { sayNonText } from './non-text.ts';
import { sayNotSaved } from './not-saved.ts';
import { leftLine, sayError, showHelp } from './replies.ts';
import { formatAnswer, formatDate, promptIdFor, readsDifferently, showsDateBack, weekdayName } from './render.ts';
import { canUseRun } from './repository.ts';
import { renderReview, reviewPageOf, reviewPromptId, shortLabel } from './review.ts';
import { moveTo, deactivate, sessionOf } from './session.ts';
import { promptAt, show, withNames } from './show.ts';
import { showStatus } from './status.ts';
import { personName } from '../../core/person-name.ts';
import { sayReadOnly, saySubmittedMeanwhile } from './submit.ts';
import { markSeen, sayAnsweredMeanwhile, sayReplaced, seenSeq } from './teammates.ts';

/** Handles one message while a questionnaire is open. */
export async function continueRun(ctx: Context, deps: FlowDeps): Promise<void> {
  const session = sessionOf(ctx);
  const active = session.active;
  if (!active) return ctx.say('qn-not-active');
  const q = deps.byId.get(active.questionnaireId);
  const loaded = await deps.repo.load(active.runId);
  const run = loaded?.run;
  if (
    !q ||
    !loaded ||
    !run ||
    !canUseRun(
      run,
      ctx.person.id,
      ctx.person.teams.map((t) => t.id),
    )
  ) {
    deactivate(ctx);
    return ctx.say('qn-not-active');
  }
  if (run.status === 'submitted') {
    deactivate(ctx);
    // A voice note or a sticker: what it was, then that the run is read-only.
    if (ctx.message.kind === 'unsupported') ctx.say('nontext-what', { kind: ctx.message.what });
    // An answer (typed, a photo, a question's button): said not saved, and what to do. A command: read-only.
    if (active.cursor?.at !== confirmPosition)
      return sentAnAnswer(ctx, run.id) ? sayNotSaved(ctx, run, deps) : sayReadOnly(ctx, run, deps);
    // Asked to confirm, and the run was submitted meanwhile (by a teammate, or by this person in their
    // other chat): said by whom, and the confirmation's buttons go.
    ctx.left(confirmPromptId(run.id));
    return saySubmittedMeanwhile(ctx, run, deps);
  }
  const { answers, log } = loaded;
  // One date and one set of words for the whole message.
  const rc = renderContext(ctx, deps);
  const { today } = rc;
  // Answers of this person's that teammates replaced since this chat last read the run: said first.
  const seen = seenSeq(ctx, run.id, log);
  await sayReplaced(ctx, q, log, seen, deps, rc);
  markSeen(ctx, run.id, log);
  const asked = currentCursor(q, log, answers, ctx.person.id, today, active.cursor);
  // A number typed at the confirmation is the review's (« Un numéro pour modifier une réponse »), taken
  // as typed there: Telegram shows buttons, no numbers, and « 1 » meant for answer 1 submitted the run.
  const numberAtConfirm = asked.at === confirmPosition && typedNumber(ctx) !== null;
  if (numberAtConfirm) ctx.say('qn-confirm-number');
  const cursor = numberAtConfirm ? { at: reviewPosition } : asked;
  const command = flowCommandAt(ctx, cursor);
  const current = q.byId.get(cursor.at);
  // The prompt on screen now: a command that moves away from it says so, and its buttons can go.
  const onScreen = promptAt(q, run.id, asked);
  // A voice note, a sticker, a location...: said what it was and that nothing was saved, then the
  // question again, so that a person on a phone need not scroll up to it.
  if (ctx.message.kind === 'unsupported') {
    sayNonText(ctx, ctx.message.what, current, cursor);
    return show(ctx, q, run, answers, cursor, deps, true, rc);
  }
  if (command === 'pause') {
    ctx.left(onScreen, ctx.t('qn-left-pause'));
    deactivate(ctx);
    return ctx.say('qn-paused');
  }

  // At the confirmation: confirmed, or back to the review (a /submit again shows it again, below).
  if (cursor.at === confirmPosition && command !== 'submit')
    return answerConfirm(ctx, q, run, answers, cursor, command, deps);

  // The review's page buttons ("+" / "-" where there are none).
  const turn = pageTurn(ctx, run.id, cursor);
  if (turn !== null) {
    const page = turn === 'next' ? (cursor.page ?? 1) + 1 : turn === 'previous' ? (cursor.page ?? 1) - 1 : turn;
    const at = { at: reviewPosition, page: Math.max(1, page) };
    moveTo(ctx, at);
    const review = renderReview(q, await withNames(deps, answers), run.id, renderContext(ctx, deps), at.page);
    // A page button tapped: the page turns in its message where the channel can edit it. A « + » typed
    // answers the page on screen, and the next one comes under it.
    if (ctx.message.kind === 'choice' && review.kind === 'choices')
      return ctx.reply({ ...review, replaces: review.promptId });
    ctx.answered(reviewPromptId(run.id));
    return ctx.reply(review);
  }
  if (ctx.message.kind === 'choice' && (!current || ctx.message.promptId !== promptIdFor(run.id, current))) {
    // A button left live (sent before a restart): refused, and its keyboard goes.
    ctx.left(ctx.message.promptId);
    return ctx.reply({ kind: 'notice', text: ctx.t('qn-stale') });
  }
  if (command === 'help') return showHelp(ctx, q, run, answers, cursor, deps);
  if (command === 'review') {
    if (cursor.at !== reviewPosition) ctx.left(onScreen, ctx.t('qn-left-review'));
    moveTo(ctx, { at: reviewPosition });
    return show(ctx, q, run, answers, { at: reviewPosition }, deps);
  }
  if (command === 'status') {
    const named = await withNames(deps, answers);
    showStatus(ctx, q, named, today, isDetailWord(flowCommandArgs(ctx)));
    return show(ctx, q, run, named, cursor, deps, true);
  }
  if (command === 'submit') {
    askToConfirm(ctx, q, run, answers, deps);
    // Asked to confirm, or sent to the review to complete it: the buttons on screen would be refused.
    if (sessionOf(ctx).active?.cursor?.at !== reviewPosition || cursor.at !== reviewPosition) ctx.left(onScreen);
    return;
  }

  // A document is no answer: said, and the question comes again (at a photo question, an image
  // sent as a file is asked for as a photo).
  if (ctx.message.kind === 'document') {
    sayError(ctx, { key: current?.type === 'photo' ? 'qn-document-as-photo' : 'qn-document-not-saved' });
    return show(ctx, q, run, answers, cursor, deps, true, rc);
  }
  const action = actionFor(ctx, command, cursor);
  if (!action) return ctx.reply({ kind: 'notice', text: ctx.t('qn-stale') });
  const result = step(q, answers, cursor, action, ctx.person.id, today);
  // A teammate answered this question while the person was on it: theirs is shown, and the person's,
  // different, is saved only when sent again.
  if (
    action.type === 'answer' &&
    current &&
    result.save &&
    (await sayAnsweredMeanwhile(ctx, current, answers.get(current.id), seen, result.save.value, deps, rc))
  )
    return show(ctx, q, run, answers, cursor, deps, true, rc);
  if (result.save) {
    ctx.write(deps.repo.saveAnswer(run.id, result.save.questionId, result.save.value, ctx.person.id));
    const before = answers.get(result.save.questionId);
    // One's own earlier answer changed (after /back, or from the review): said with the question's
    // few words and both values, so a /back too many (« 12 » meant for the agents, typed at the
    // inhabitants) is seen at once instead of in the review.
    const changedOwn =
      action.type === 'answer' &&
      current !== undefined &&
      before !== undefined &&
      before.authorId === ctx.person.id &&
      before.value !== null &&
      JSON.stringify(before.value) !== JSON.stringify(result.save.value);
    // The answer as saved (« 10 minutes », a choice's full label), shown under the question answered.
    if (action.type === 'answer' && current) {
      const shown = formatAnswer(current, result.save.value, rc);
      ctx.answered(promptIdFor(run.id, current), shown, !changedOwn && readsDifferently(current, action.input, shown));
      // « 10 jours ouvrables » at a question in days: saved as 10 days, and said so.
      if (result.note) ctx.say(result.note.key, { ...result.note.args, answer: shown });
      if (changedOwn && before.value !== null)
        ctx.say('qn-changed-own', {
          question: shortLabel(current, rc),
          previous: formatAnswer(current, before.value, rc),
          answer: shown,
        });
    }
    // Two teammates on the same question at once: the later answer replaces the other's, which the
    // person may not have seen (it came after the question was shown). Said, with what it was.
    if (
      action.type === 'answer' &&
      current &&
      before &&
      before.authorId !== ctx.person.id &&
      before.value !== null &&
      JSON.stringify(before.value) !== JSON.stringify(result.save.value)
    ) {
      const names = await deps.repo.names([before.authorId]);
      ctx.say('qn-replaced-teammate', {
        name: personName(names.get(before.authorId) ?? '—', ctx),
        previous: formatAnswer(current, before.value, rc),
      });
    }
    // Another domain picked in the review: its questions come now, not the review.
    if (result.opened) ctx.say('qn-change-opened', { count: result.opened });
    // "15 déc" recorded as 15/12/2024, "lundi" as the last Monday: the date read, with its weekday,
    // is said before the next question.
    if (action.type === 'answer' && current && showsDateBack(current, action.input, result.save.value))
      ctx.say('qn-date-recorded', {
        weekday: weekdayName(result.save.value, ctx.locale),
        date: formatDate(result.save.value, ctx.locale),
      });
  }
  if (result.error) sayError(ctx, result.error);
  // Back to the review after changing an answer: the page of that answer, not the first one. The
  // page is found in the answers as the review shows them (authors' names make lines longer and
  // move page breaks), and those same answers are shown.
  let shown = result.answers;
  if (result.cursor.at === reviewPosition && cursor.returnToReview && current && !result.error) {
    shown = await withNames(deps, result.answers);
    result.cursor = { at: reviewPosition, page: reviewPageOf(q, shown, rc, current.id) };
  }
  // The new position is kept only where the log (with this answer) would not give it.
  const after = result.save
    ? [...log, { seq: Infinity, questionId: result.save.questionId, authorId: ctx.person.id, value: result.save.value }]
    : log;
  const derived = derivedCursor(q, after, ctx.person.id, today, result.answers);
  moveTo(ctx, derived && sameCursor(derived, result.cursor) ? undefined : result.cursor);
  // Moved on without an answer (back, skip, a question picked in the review): the prompt left says why.
  if (action.type !== 'answer' && promptAt(q, run.id, result.cursor) !== onScreen)
    ctx.left(
      onScreen,
      numberAtConfirm
        ? ctx.t('qn-left-not-submitted')
        : leftLine(ctx, action, current && answers.get(current.id), current, rc),
    );
  // A question shown again (after a wrong answer) or gone back to was read with its notes already.
  const read = action.type === 'back' || (result.error !== undefined && result.cursor.at === cursor.at);
  await show(ctx, q, run, shown, result.cursor, deps, read, rc);
}
