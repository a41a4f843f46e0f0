/** The summary asked to confirm before a submission (its words and choices); confirm.ts acts on the answer. */
import { teamName } from '../../core/commune.ts';
import type { Context } from '../../core/context.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import { completion } from './completion.ts';
import type { Questionnaire } from './definitions.ts';
import type { Answers } from './relevance.ts';
import type { Run } from './repository.ts';

/** Ties the confirmation's buttons to one run. */
export const confirmPromptId = (runId: string) => `q:${runId}:confirm`;

/** The run's last answer (its log number): a later answer, by anyone, changes it. */
export const lastSeq = (answers: Answers) => Math.max(0, ...[...answers.values()].map((a) => a.seq ?? 0));

/** The summary and its two choices; `changed` opens it with a warning that the answers moved. */
export function renderConfirm(
  ctx: Context,
  q: Questionnaire,
  run: Run,
  answers: Answers,
  today: string,
  changed = false,
): Extract<OutboundMessage, { kind: 'choices' }> {
  const found = ctx.person.teams.find((t) => t.id === run.teamId);
  const team = found ? teamName(found, ctx.locale) : '';
  const kind = q.scope === 'person' ? 'personal' : q.repeatable ? 'report' : 'team';
  const done = completion(q, answers, today);
  const lines = [
    ...(changed ? [ctx.t('qn-confirm-changed'), ''] : []),
    ctx.t(`qn-confirm-${kind}`, { title: q.title[ctx.locale], team }),
    // Nothing required is missing here: what has no answer is optional (skipped, or left).
    ctx.t('qn-confirm-counts', { answered: done.answered, total: done.total, skipped: done.total - done.answered }),
    // The optional parts opened (problem 2, problem 3) are counted apart, as /status shows them.
    ...done.extras.map((part) =>
      ctx.t('qn-status-extra', { part: part.label[ctx.locale], answered: part.answered, total: part.questions.length }),
    ),
    '',
    ctx.t(`qn-confirm-final-${kind}`),
  ];
  return {
    kind: 'choices',
    text: lines.join('\n'),
    promptId: confirmPromptId(run.id),
    choices: [
      { value: 'confirm', label: ctx.t('qn-confirm-yes') },
      { value: 'review', label: ctx.t('qn-confirm-back') },
    ],
  };
}
