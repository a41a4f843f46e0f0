import type { Context } from '../../core/context.ts';
import type { Cursor } from './engine.ts';

/** What the conversation state remembers about questionnaires for one chat. */
export interface QuestionnaireState {
  /** The run being answered now, if any. */
  active?: { runId: string; questionnaireId: string; cursor: Cursor };
  /** Last position in each run, to resume where the person was. */
  positions?: Record<string, Cursor>;
  /** The last run this chat worked on (for /status and /submit after /pause). */
  lastRunId?: string;
}

export function sessionOf(ctx: Context): QuestionnaireState {
  const existing = ctx.state.qn as QuestionnaireState | undefined;
  if (existing) return existing;
  const created: QuestionnaireState = {};
  ctx.state.qn = created;
  return created;
}

export function activate(ctx: Context, runId: string, questionnaireId: string, cursor: Cursor): void {
  const session = sessionOf(ctx);
  session.active = { runId, questionnaireId, cursor };
  session.positions = { ...session.positions, [runId]: cursor };
  session.lastRunId = runId;
}

export function moveTo(ctx: Context, cursor: Cursor): void {
  const session = sessionOf(ctx);
  if (!session.active) return;
  session.active.cursor = cursor;
  session.positions = { ...session.positions, [session.active.runId]: cursor };
}

export function deactivate(ctx: Context): void {
  delete sessionOf(ctx).active;
}

/** Today's date in Tunisia (YYYY-MM-DD), for `today()` in expressions. */
const tunisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Tunis', year: 'numeric', month: '2-digit', day: '2-digit' });

let memo = { minute: -1, day: '' };

/** Today in Tunisia; formatted at most once a minute (this runs several times per answer). */
export function tunisToday(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== memo.minute) memo = { minute, day: tunisDay.format(now) };
  return memo.day;
}
