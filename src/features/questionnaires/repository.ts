import type { Prisma } from '../../generated/prisma/client.ts';
import { hotSql } from '../../persistence/hot-sql.ts';
import type { Db } from '../../persistence/prisma.ts';
import { randomBytes } from 'node:crypto';
import { createAnswerLogCache, type AnswerLogCache, type AnswerRow } from './answer-log.ts';
import type { AnswerValue } from './answers.ts';
import type { Questionnaire } from './definitions.ts';
import type { StoredAnswer } from './engine.ts';
import type { Results } from './scoring.ts';

export interface Run {
  id: string;
  teamId: string;
  questionnaireId: string;
  /** "team", or the id of the person a personal run belongs to. */
  ownerKey: string;
  status: 'open' | 'submitted';
  submittedAt: Date | null;
}

/** A run row from Prisma (dates as Date) or from a raw statement (dates as text). */
const toRun = (row: { id: string; teamId: string; questionnaireId: string; ownerKey: string; status: string; submittedAt: Date | string | null }): Run => ({
  id: row.id,
  teamId: row.teamId,
  questionnaireId: row.questionnaireId,
  ownerKey: row.ownerKey,
  status: row.status === 'submitted' ? 'submitted' : 'open',
  submittedAt: row.submittedAt === null ? null : new Date(row.submittedAt),
});

/** The run a person works on: the team's, or their own for a personal questionnaire. */
export function ownerKeyFor(q: Pick<Questionnaire, 'scope'>, personId: string): string {
  return q.scope === 'person' ? personId : 'team';
}

/** A person may see and change a run of their team, if it is shared or theirs. */
export function canUseRun(run: Run, personId: string, teamIds: string[]): boolean {
  return teamIds.includes(run.teamId) && (run.ownerKey === 'team' || run.ownerKey === personId);
}

export interface ActionItemInput {
  title: string;
  owner?: string | null;
  dueDate?: Date | null;
  indicator?: string | null;
  priority?: string;
  dimensionId?: string | null;
}

/** A cuid-shaped id (25 lowercase letters and digits, time first), like Prisma's for other rows. */
function newRunId(): string {
  return `c${Date.now().toString(36)}${randomBytes(8).toString('hex')}`;
}

type RunRow = { id: string; teamId: string; questionnaireId: string; ownerKey: string; status: string; submittedAt: Date | string | null };

/** How many runs are remembered between answers (the answer logs keep as many). */
const rememberedRuns = 1000;

type RememberedRun = { stamp: number; rewrites: number; run: Run };

/**
 * Runs read recently, with the change and rewrite stamps they were read under (see
 * persistence/changes.ts), and their answer logs: while both hold, a run and its answers are
 * known without a read, as the answers saved through a repository are added to the log once
 * committed. One per database client, shared by every repository on it. Without a stamp (not
 * SQLite), every load reads.
 */
const rememberedByDb = new WeakMap<Db, { logs: AnswerLogCache; runs: Map<string, RememberedRun> }>();

export function createQuestionnaireRepository(db: Db) {
  const remembered = rememberedByDb.get(db) ?? { logs: createAnswerLogCache(rememberedRuns), runs: new Map<string, RememberedRun>() };
  rememberedByDb.set(db, remembered);
  const { logs, runs } = remembered;
  const remember = (runId: string, entry: RememberedRun) => {
    runs.delete(runId);
    runs.set(runId, entry);
    if (runs.size > rememberedRuns) runs.delete(runs.keys().next().value as string);
  };
  return {
    /**
     * The team's (or the person's) run of a questionnaire, created on first use: one read when it
     * exists (every resume); otherwise an insert that yields to a run created at the same moment
     * by a team-mate, then the read.
     */
    async openRun(teamId: string, q: Questionnaire, personId: string): Promise<Run> {
      const ownerKey = ownerKeyFor(q, personId);
      const sql = hotSql(db);
      const find = () => sql.query<RunRow>`
        SELECT "id", "teamId", "questionnaireId", "ownerKey", "status", "submittedAt" FROM "QuestionnaireRun"
        WHERE "teamId" = ${teamId} AND "questionnaireId" = ${q.id} AND "ownerKey" = ${ownerKey}`;
      let [row] = await find();
      if (!row) {
        const now = new Date();
        await sql.execute`
          INSERT INTO "QuestionnaireRun" ("id", "teamId", "questionnaireId", "ownerKey", "questionnaireVersion", "status", "createdAt", "updatedAt")
          VALUES (${newRunId()}, ${teamId}, ${q.id}, ${ownerKey}, ${q.version}, 'open', ${now}, ${now})
          ON CONFLICT ("teamId", "questionnaireId", "ownerKey") DO NOTHING`;
        [row] = await find();
      }
      if (!row) throw new Error(`run of ${q.id} for team ${teamId} could not be created`);
      return toRun(row);
    },

    async findRun(teamId: string, q: Questionnaire, personId: string): Promise<Run | null> {
      const row = await db.questionnaireRun.findUnique({
        where: { teamId_questionnaireId_ownerKey: { teamId, questionnaireId: q.id, ownerKey: ownerKeyFor(q, personId) } },
      });
      return row ? toRun(row) : null;
    },

    async getRun(runId: string): Promise<Run | null> {
      return (await this.load(runId))?.run ?? null;
    },

    /**
     * A run and its current answers in one statement (this runs for every answer): the run row
     * with the log rows not read yet, in order; the latest row of each question stands.
     */
    async load(runId: string): Promise<{ run: Run; answers: ReadonlyMap<string, StoredAnswer> } | null> {
      const sql = hotSql(db);
      const stamp = sql.changeStamp();
      const rewrites = sql.rewriteStamp('Answer');
      const known = runs.get(runId);
      if (!known || known.rewrites !== rewrites) {
        // Answers read may have changed in place, gone (a merge of two people, another process) or
        // never been committed (a rollback), or it is not known under which stamps the log was
        // read (a run not seen lately): the log is read again from the start.
        runs.delete(runId);
        logs.forget(runId);
      } else if (stamp !== null && known.stamp === stamp && logs.has(runId)) {
        return { run: known.run, answers: logs.update(runId, []) };
      }
      const after = sql.commitOrdered ? logs.lastSeq(runId) : 0;
      const rows = await sql.query<RunRow & { [K in keyof AnswerRow]: AnswerRow[K] | null }>`
        SELECT r."id", r."teamId", r."questionnaireId", r."ownerKey", r."status", r."submittedAt",
               a."seq", a."questionId", a."value", a."authorId", a."answeredAt"
        FROM "QuestionnaireRun" r LEFT JOIN "Answer" a ON a."runId" = r."id" AND a."seq" > ${after}
        WHERE r."id" = ${runId}
        ORDER BY a."seq"`;
      const first = rows[0];
      if (!first) {
        runs.delete(runId);
        logs.forget(runId);
        return null;
      }
      // A read from the start (no cache, or not commit-ordered) rebuilds the log rather than adding to it.
      if (after === 0) logs.forget(runId);
      const answers = logs.update(runId, rows.filter((r): r is typeof r & AnswerRow => r.seq !== null));
      const run = toRun(first);
      if (stamp !== null && rewrites !== null) remember(runId, { stamp, rewrites, run });
      return { run, answers };
    },

    /** Current answers of a run (authors' names only when asked: the hot path does not need them). */
    async answers(runId: string, withNames = false): Promise<ReadonlyMap<string, StoredAnswer>> {
      const answers = (await this.load(runId))?.answers ?? new Map<string, StoredAnswer>();
      if (!withNames) return answers;
      const names = await this.names([...answers.values()].map((a) => a.authorId));
      const named = new Map<string, StoredAnswer>();
      for (const [id, answer] of answers) named.set(id, { ...answer, authorName: names.get(answer.authorId) });
      return named;
    },

    async names(personIds: string[]): Promise<Map<string, string>> {
      const ids = [...new Set(personIds)];
      if (ids.length === 0) return new Map();
      const people = await db.person.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
      return new Map(people.map((p) => [p.id, p.displayName]));
    },

    /**
     * Appends an answer to the run's log (null: skipped on purpose). Concurrent answers to one
     * question both succeed; the later one stands and the earlier stays in the history.
     */
    async saveAnswer(runId: string, questionId: string, value: AnswerValue | null, authorId: string): Promise<void> {
      const json = value === null ? null : JSON.stringify(value);
      const sql = hotSql(db);
      const answeredAt = new Date();
      const inserted = await sql.insert`
        INSERT INTO "Answer" ("runId", "questionId", "value", "authorId", "answeredAt")
        VALUES (${runId}, ${questionId}, ${json}, ${authorId}, ${answeredAt})`;
      // Committed: a run read under the stamp still current at the insert gets the row without
      // reading it back. Nobody else added a row to the run unseen before it (that would have
      // moved the stamp), so the log stays whole; a row that comes after a later one (never seen,
      // but cheap to handle) makes the run read again from the start.
      const known = runs.get(runId);
      if (!inserted || !known || !logs.has(runId)) return;
      if (known.stamp !== inserted.stamp || known.rewrites !== sql.rewriteStamp('Answer')) return;
      const seq = inserted.id;
      if (seq <= logs.lastSeq(runId)) {
        runs.delete(runId);
        logs.forget(runId);
        return;
      }
      logs.update(runId, [{ seq, questionId, value: json, authorId, answeredAt }]);
    },

    /** Every answer given to one question, oldest first, with author and time. */
    async history(runId: string, questionId: string) {
      return db.answer.findMany({ where: { runId, questionId }, orderBy: { seq: 'asc' } });
    },

    /** Marks the run submitted only if it is still open; false when someone submitted first. */
    async submit(runId: string, personId: string, results: Results): Promise<boolean> {
      const { count } = await db.questionnaireRun.updateMany({
        where: { id: runId, status: 'open' },
        data: { status: 'submitted', submittedAt: new Date(), submittedById: personId, results: results as unknown as Prisma.InputJsonValue },
      });
      return count === 1;
    },

    /** Scores stored when the run was submitted. */
    async results(runId: string): Promise<Results | null> {
      const row = await db.questionnaireRun.findUnique({ where: { id: runId }, select: { results: true } });
      return (row?.results ?? null) as Results | null;
    },

    /** Reopens a team's submitted runs of a questionnaire; returns how many. */
    async reopen(teamId: string, questionnaireId: string): Promise<number> {
      const { count } = await db.questionnaireRun.updateMany({ where: { teamId, questionnaireId, status: 'submitted' }, data: { status: 'open', reopenedAt: new Date() } });
      return count;
    },

    async actionItems(runId: string) {
      return db.actionItem.findMany({ where: { runId }, orderBy: { position: 'asc' } });
    },

    /** The team's whole plan: actions drafted from every diagnostic, plus those added by hand. */
    async teamActionItems(teamId: string) {
      return db.actionItem.findMany({ where: { teamId }, orderBy: [{ createdAt: 'asc' }, { position: 'asc' }] });
    },

    async addActionItems(run: Run, items: ActionItemInput[], createdById: string): Promise<void> {
      const last = await db.actionItem.findFirst({ where: { runId: run.id }, orderBy: { position: 'desc' } });
      let position = last?.position ?? 0;
      await db.actionItem.createMany({
        data: items.map((item) => ({ ...item, runId: run.id, teamId: run.teamId, position: ++position, createdById })),
      });
    },

    async updateActionItem(id: string, data: Partial<ActionItemInput>): Promise<void> {
      await db.actionItem.update({ where: { id }, data });
    },

    async removeActionItem(id: string): Promise<void> {
      await db.actionItem.delete({ where: { id } });
    },
  };
}

export type QuestionnaireRepository = ReturnType<typeof createQuestionnaireRepository>;
