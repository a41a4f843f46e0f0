/**
 * The step before a submission: a short summary and « Confirmer la soumission » / « Revenir à la
 * revue ». Submitting makes the answers read-only for the whole team (only a coordinator reopens),
 * so nothing is submitted on a bare /submit, and nothing different from what was summarized.
 */
import type { Context } from '../../core/context.ts';
import { foldText } from '../../core/text.ts';
import { confirmPromptId, lastSeq, renderConfirm } from './confirm-view.ts';
import { missingRequired } from './completion.ts';
import { confirmPosition, reviewPosition, type Cursor } from './cursor.ts';
import type { Questionnaire } from './definitions.ts';
import { todayOf, type FlowDeps } from './deps.ts';
import type { Answers } from './relevance.ts';
import type { Run } from './repository.ts';
import { isSubmitWord, sentAnAnswer } from './input.ts';
import { sentArgs } from './not-saved.ts';
import { moveTo } from './session.ts';
import { show } from './show.ts';
import { sayMissing, submitRun } from './submit.ts';

/**
 * Words typed to confirm. No number: on a numbered list (console, WhatsApp) « 1 » comes as the
 * button's choice; typed as text (Telegram), a number is the review's, the answer to change (flow.ts).
 */
const confirmWords = new Set(
  ['oui', 'confirmer', 'je confirme', 'confirme', 'yes', 'نعم', 'أؤكد', 'تأكيد', 'أكد'].map(foldText),
);

/** /submit: the summary to confirm, or (required answers missing) which ones, as before. */
export function askToConfirm(ctx: Context, q: Questionnaire, run: Run, answers: Answers, deps: FlowDeps): void {
  const today = todayOf(deps);
  if (missingRequired(q, answers, today).length > 0) return sayMissing(ctx, q, answers, today);
  moveTo(ctx, { at: confirmPosition, seq: lastSeq(answers) });
  ctx.reply(renderConfirm(ctx, q, run, answers, today));
}

/**
 * Whether a message at the confirmation confirms: its button, or « oui » / « نعم » typed, or
 * the submit word that asked for it typed again (« envoyer », « إرسال »): it would otherwise go back
 * to the review, where the same word asks again, round and round.
 */
function confirms(ctx: Context, runId: string, command: string | null): boolean {
  const { message } = ctx;
  if (message.kind === 'choice') return message.promptId === confirmPromptId(runId) && message.values[0] === 'confirm';
  if (message.kind !== 'text' || command !== null) return false;
  return confirmWords.has(foldText(message.text)) || isSubmitWord(message.text);
}

/**
 * A message at the confirmation. Confirmed: submitted, unless the answers changed since the
 * summary (a teammate's answer, another chat): then nothing is submitted and the summary comes
 * again, up to date (or the missing questions, if any). An earlier message's button: refused, the
 * confirmation still asked. Anything else: back to the review.
 */
export async function answerConfirm(
  ctx: Context,
  q: Questionnaire,
  run: Run,
  answers: Answers,
  cursor: Cursor,
  command: string | null,
  deps: FlowDeps,
): Promise<void> {
  const promptId = confirmPromptId(run.id);
  // A button of an earlier message (a question, the review) tapped meanwhile: refused and its keyboard
  // goes, as other stale buttons; the confirmation stays as it is, still asked.
  if (ctx.message.kind === 'choice' && ctx.message.promptId !== promptId) {
    ctx.left(ctx.message.promptId);
    return ctx.reply({ kind: 'notice', text: ctx.t('qn-stale-confirm') });
  }
  if (!confirms(ctx, run.id, command)) {
    ctx.left(promptId, ctx.t('qn-left-not-submitted'));
    moveTo(ctx, { at: reviewPosition });
    // Typed as if to answer a question (« 14 agents »): said not taken as any question's answer.
    if (ctx.message.kind !== 'choice' && command === null && sentAnAnswer(ctx, run.id))
      ctx.say('qn-not-taken', sentArgs(ctx));
    ctx.say('qn-confirm-cancelled');
    return show(ctx, q, run, answers, { at: reviewPosition }, deps);
  }
  const today = todayOf(deps);
  if (missingRequired(q, answers, today).length > 0) {
    ctx.left(promptId, ctx.t('qn-left-not-submitted'));
    return sayMissing(ctx, q, answers, today);
  }
  if (lastSeq(answers) !== cursor.seq) {
    moveTo(ctx, { at: confirmPosition, seq: lastSeq(answers) });
    const again = renderConfirm(ctx, q, run, answers, today, true);
    // A tapped button: the summary is brought up to date in its message where the channel can edit it.
    return ctx.reply(ctx.message.kind === 'choice' ? { ...again, replaces: promptId } : again);
  }
  ctx.answered(promptId);
  await submitRun(ctx, q, run, answers, deps);
}
