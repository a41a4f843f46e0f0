import type { AnswerValue } from './answers.ts';
import type { StoredAnswer } from './engine.ts';

/** One row of a run's answer log, as read from the database. */
export interface AnswerRow {
  seq: number;
  questionId: string;
  value: string | null;
  authorId: string;
  answeredAt: Date | string;
}

export interface AnswerLogCache {
  /** The last log row already read for a run (0: none); the next read asks only for later rows. */
  lastSeq(runId: string): number;
  /** Whether the run's log is kept (logs of runs not used lately are forgotten). */
  has(runId: string): boolean;
  /**
   * Adds newly read rows (in log order) and returns the run's current answers: a map of frozen
   * answers that is never changed afterwards (new rows make a new map; no new row, the same one).
   */
  update(runId: string, rows: AnswerRow[]): ReadonlyMap<string, StoredAnswer>;
  forget(runId: string): void;
}

/**
 * The current answers of recently used runs, kept parsed in memory. The log is append-only, so a
 * run's answers are known from its rows up to a `seq`, and every answer only reads the rows after
 * it (usually none or one) instead of the whole log. Only valid where ids follow commit order
 * (SQLite: one writer at a time); elsewhere the caller reads from 0 each time.
 */
export function createAnswerLogCache(limit = 1000): AnswerLogCache {
  const logs = new Map<string, { seq: number; answers: ReadonlyMap<string, StoredAnswer> }>();
  return {
    lastSeq: (runId) => logs.get(runId)?.seq ?? 0,
    has: (runId) => logs.has(runId),
    update(runId, rows) {
      let log = logs.get(runId) ?? { seq: 0, answers: new Map<string, StoredAnswer>() };
      let answers: Map<string, StoredAnswer> | undefined;
      let seq = log.seq;
      for (const row of rows) {
        // Two reads of one run may finish in either order: rows already applied are not applied again.
        if (row.seq <= seq) continue;
        // The latest row of a question stands; skips are stored as null. Copied on the first
        // change: maps handed out before stay as they were.
        answers ??= new Map(log.answers);
        const value = row.value === null ? null : (JSON.parse(row.value) as AnswerValue);
        answers.set(row.questionId, Object.freeze({ value, authorId: row.authorId, answeredAt: new Date(row.answeredAt) }));
        seq = row.seq;
      }
      if (answers) log = { seq, answers };
      // Most recently used last, so the oldest is forgotten first.
      logs.delete(runId);
      logs.set(runId, log);
      if (logs.size > limit) logs.delete(logs.keys().next().value as string);
      return log.answers;
    },
    forget: (runId) => void logs.delete(runId),
  };
}
