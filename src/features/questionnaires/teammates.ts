/**
 * What teammates did in a shared run since this chat last read it, derived from the answer log
 * (each row has its author and its place, `seq`): the person's answers a teammate replaced, said
 * at the person's next message, and a teammate's answer to the question the person is on.
 * The chat remembers only how far it read the log, and only when a teammate wrote after the
 * person's own last answer (answering alone, nothing is kept).
 */
import type { Context } from '../../core/context.ts';
import { personName } from '../../core/person-name.ts';
import type { AnswerValue } from './answers.ts';
import type { LogEntry } from './cursor.ts';
import type { Question, Questionnaire } from './definitions.ts';
import type { FlowDeps } from './deps.ts';
import type { StoredAnswer } from './relevance.ts';
import { formatAnswer, type RenderContext } from './render.ts';
import { shortLabel } from './review.ts';
import { sessionOf } from './session.ts';

/** At most this many changes are said one by one; the rest are counted, with /review. */
const shownChanges = 3;

const lastSeqOf = (log: readonly LogEntry[], personId?: string) => {
  for (let i = log.length - 1; i >= 0; i--) {
    const row = log[i] as LogEntry;
    if (personId === undefined || row.authorId === personId) return row.seq;
  }
  return 0;
};

/** How far this chat has read the run's log: where it last did, or at least the person's own last answer. */
export function seenSeq(ctx: Context, runId: string, log: readonly LogEntry[]): number {
  const read = sessionOf(ctx).read;
  const mine = lastSeqOf(log, ctx.person.id);
  return read?.runId === runId ? Math.max(read.seq, mine) : mine;
}

/** The chat has now read the log as loaded (kept only when a teammate wrote after the person's last answer). */
export function markSeen(ctx: Context, runId: string, log: readonly LogEntry[]): void {
  const session = sessionOf(ctx);
  const last = lastSeqOf(log);
  if (last > lastSeqOf(log, ctx.person.id)) session.read = { runId, seq: last };
  else delete session.read;
}

export interface Replaced {
  questionId: string;
  /** The person's answer a teammate replaced. */
  previous: AnswerValue;
  /** The answer standing now, and its author. */
  value: AnswerValue;
  authorId: string;
}

/**
 * The person's answers a teammate replaced after `after`, one per question in the order replaced:
 * the person's value, and the one standing now (by a teammate, and different).
 */
export function replacedAnswers(log: readonly LogEntry[], personId: string, after: number): Replaced[] {
  const standing = new Map<string, LogEntry>();
  const replaced = new Map<string, AnswerValue>();
  for (const row of log) {
    const before = standing.get(row.questionId);
    if (
      row.seq > after &&
      row.authorId !== personId &&
      before?.authorId === personId &&
      before.value !== null &&
      !replaced.has(row.questionId)
    )
      replaced.set(row.questionId, before.value);
    standing.set(row.questionId, row);
  }
  return [...replaced].flatMap(([questionId, previous]) => {
    const now = standing.get(questionId);
    if (!now || now.authorId === personId || now.value === null) return [];
    if (JSON.stringify(now.value) === JSON.stringify(previous)) return [];
    return [{ questionId, previous, value: now.value, authorId: now.authorId }];
  });
}

/**
 * Says, one short line each, the person's answers teammates replaced since this chat last read the
 * run (« ✏️ Modifié par Sami — Habitants desservis : 45 000 habitants → 50 000 habitants »).
 */
export async function sayReplaced(
  ctx: Context,
  q: Questionnaire,
  log: readonly LogEntry[],
  seen: number,
  deps: Pick<FlowDeps, 'repo'>,
  rc: RenderContext,
): Promise<void> {
  const changes = replacedAnswers(log, ctx.person.id, seen).filter((c) => q.byId.has(c.questionId));
  if (changes.length === 0) return;
  const names = await deps.repo.names(changes.map((c) => c.authorId));
  for (const change of changes.slice(0, shownChanges)) {
    const question = q.byId.get(change.questionId);
    if (!question) continue;
    ctx.say('qn-changed-by-teammate', {
      name: personName(names.get(change.authorId) ?? '—', ctx),
      question: shortLabel(question, rc),
      previous: formatAnswer(question, change.previous, rc),
      answer: formatAnswer(question, change.value, rc),
    });
  }
  if (changes.length > shownChanges) ctx.say('qn-changed-by-teammate-more', { count: changes.length - shownChanges });
}

/**
 * A teammate answered the question on screen after this chat last read the run (`seen`), while the
 * person was on it, and the person now sends another answer: said, with the answer not saved (the
 * question shown again gives the teammate's); sent again, it replaces it. True when said.
 */
export async function sayAnsweredMeanwhile(
  ctx: Context,
  question: Question,
  before: StoredAnswer | undefined,
  seen: number,
  value: AnswerValue | null,
  deps: Pick<FlowDeps, 'repo'>,
  rc: RenderContext,
): Promise<boolean> {
  if (!before || before.authorId === ctx.person.id || before.value === null || (before.seq ?? 0) <= seen) return false;
  if (value === null || JSON.stringify(value) === JSON.stringify(before.value)) return false;
  const names = await deps.repo.names([before.authorId]);
  ctx.say('qn-answered-meanwhile', {
    name: personName(names.get(before.authorId) ?? '—', ctx),
    answer: formatAnswer(question, value, rc),
  });
  return true;
}
