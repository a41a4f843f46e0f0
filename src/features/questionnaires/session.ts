import type { Context } from '../../core/context.ts';
import type { Cursor } from './cursor.ts';

/** What the conversation state remembers about questionnaires for one chat. */
export interface QuestionnaireState {
  /**
   * The run being answered now, if any. `cursor` is kept only where the person moved away from
   * where the answer log puts them (back, review, a jump); otherwise the log says where they are.
   */
  active?: { runId: string; questionnaireId: string; cursor?: Cursor };
  /** The last run this chat worked on (for /status and /submit after /pause). */
  lastRunId?: string;
  /** The team this chat works for, when the person belongs to several. */
  teamId?: string;
  /**
   * How far this chat read a run's answer log (its last `seq` then), kept only when a teammate
   * wrote after the person's own last answer: what teammates did since is said (teammates.ts).
   */
  read?: { runId: string; seq: number };
  /**
   * A run found submitted while this chat was answering it: the chat's next message, if it is
   * another answer, is said not saved too (kept until a message that is not one, see not-saved.ts).
   */
  closedRunId?: string;
}

export function sessionOf(ctx: Context): QuestionnaireState {
  const existing = ctx.state.qn as QuestionnaireState | undefined;
  if (existing) return existing;
  const created: QuestionnaireState = {};
  ctx.state.qn = created;
  return created;
}

export function activate(ctx: Context, runId: string, questionnaireId: string, cursor?: Cursor): void {
  const session = sessionOf(ctx);
  session.active = cursor ? { runId, questionnaireId, cursor } : { runId, questionnaireId };
  session.lastRunId = runId;
  delete session.closedRunId;
}

/** Keeps a position the log would not give (or none: the log's position stands). */
export function moveTo(ctx: Context, cursor: Cursor | undefined): void {
  const active = sessionOf(ctx).active;
  if (!active) return;
  if (cursor) active.cursor = cursor;
  else delete active.cursor;
}

export function deactivate(ctx: Context): void {
  delete sessionOf(ctx).active;
}

/** The chat moves on: a submitted run's answers are no longer looked for (without making a state). */
export function forgetClosedRun(ctx: Context): void {
  const existing = ctx.state.qn as QuestionnaireState | undefined;
  if (existing?.closedRunId !== undefined) delete existing.closedRunId;
}
