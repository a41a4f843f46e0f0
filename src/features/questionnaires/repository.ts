import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { AnswerValue } from './answers.ts';
import type { Questionnaire } from './definitions.ts';
import { answersOf, type LogEntry } from './cursor.ts';
import type { StoredAnswer } from './relevance.ts';
import type { Results } from './scoring.ts';

/** The order of a team's plan: an action's number in /plan is its place in it. */
const planOrder = [{ createdAt: 'asc' as const }, { position: 'asc' as const }];

const actionPrefix = 'action:';
/** The `sourceRef` of a plan action's deadline (see reminders/plan-sync.ts). */
export const actionSourceRef = (actionId: string) => `${actionPrefix}${actionId}`;
/** The plan action a deadline's `sourceRef` names; undefined for any other deadline. */
export const actionIdOf = (sourceRef: string | null) =>
  sourceRef?.startsWith(actionPrefix) ? sourceRef.slice(actionPrefix.length) : undefined;

/**
 * The actions among `items` that are done: marked with /plan done, or whose deadline someone ticked
 * (`ticked`: the sourceRefs of ticked deadlines, not cancelled). /plan, the reports and /progress
 * count the same ones.
 */
export function doneActions(items: { id: string; doneAt: Date | null }[], ticked: (string | null)[]): Set<string> {
  const ids = new Set(items.map((i) => i.id));
  const done = new Set(items.filter((i) => i.doneAt).map((i) => i.id));
  for (const id of ticked.map(actionIdOf)) if (id && ids.has(id)) done.add(id);
  return done;
}

/**
 * Reopens a plan action for the whole team (/plan undo, /deadlines undo): no longer marked done,
 * and its deadline, if it has one, no longer ticked by anyone, as `doneActions` reads both.
 */
export async function reopenAction(db: Db, actionId: string): Promise<void> {
  // Together or not at all: half reopened, the action would still count as done by its tick.
  await db.$transaction([
    db.actionItem.updateMany({ where: { id: actionId }, data: { doneAt: null, doneById: null } }),
    db.deadlineStatus.updateMany({
      where: { deadline: { sourceRef: actionSourceRef(actionId) }, doneAt: { not: null } },
      data: { doneAt: null },
    }),
  ]);
}

/** Each plan action's number in /plan (action id → n), counted per team in /plan's order. */
export async function planActionNumbers(db: Db, teamIds: string[]): Promise<Map<string, number>> {
  const numbers = new Map<string, number>();
  if (teamIds.length === 0) return numbers;
  const actions = await db.actionItem.findMany({
    where: { teamId: { in: teamIds } },
    orderBy: planOrder,
    select: { id: true, teamId: true },
  });
  const counted = new Map<string, number>();
  for (const a of actions) {
    const n = (counted.get(a.teamId) ?? 0) + 1;
    counted.set(a.teamId, n);
    numbers.set(a.id, n);
  }
  return numbers;
}

/** A team's plan actions that have a due date: the ones reminders turn into deadlines. */
export async function datedActionItems(db: Db, teamId: string) {
  return db.actionItem.findMany({ where: { teamId, dueDate: { not: null } } });
}

export interface Run {
  id: string;
  teamId: string;
  questionnaireId: string;
  /** "team", or the id of the person a personal run belongs to. */
  ownerKey: string;
  status: 'open' | 'submitted';
  submittedAt: Date | null;
  /** The person who submitted it (whichever chat they used). */
  submittedById: string | null;
}

const toRun = (row: {
  id: string;
  teamId: string;
  questionnaireId: string;
  ownerKey: string;
  status: string;
  submittedAt: Date | null;
  submittedById: string | null;
}): Run => ({
  id: row.id,
  teamId: row.teamId,
  questionnaireId: row.questionnaireId,
  ownerKey: row.ownerKey,
  status: row.status === 'submitted' ? 'submitted' : 'open',
  submittedAt: row.submittedAt,
  submittedById: row.submittedById,
});

/** The run a person works on: the team's, or their own for a personal questionnaire. */
export function ownerKeyFor(q: Pick<Questionnaire, 'scope'>, personId: string): string {
  return q.scope === 'person' ? personId : 'team';
}

/** The n-th run of a repeatable questionnaire ("team:3", or "<personId>:3"): the unique key tells them apart. */
const nthKey = (base: string, n: number) => `${base}:${n}`;

/** A person may see and change a run of their team, if it is shared or theirs. */
export function canUseRun(run: Run, personId: string, teamIds: string[]): boolean {
  const owner = run.ownerKey.replace(/:\d+$/, '');
  return teamIds.includes(run.teamId) && (owner === 'team' || owner === personId);
}

export interface ActionItemInput {
  title: string;
  titleAr?: string | null;
  /** The language `title` is written in. */
  language?: string;
  owner?: string | null;
  /** The owner is a function, not yet a named person. */
  ownerRole?: boolean;
  dueDate?: Date | null;
  /** The team typed `dueDate` (a kind change keeps it); false, the default, when it was drafted from the kind. */
  dueSetByHand?: boolean;
  indicator?: string | null;
  indicatorAr?: string | null;
  priority?: string;
  kind?: string | null;
  leverId?: string | null;
  baselineQuestion?: string | null;
  baselineValue?: number | null;
  target?: string | null;
  targetAr?: string | null;
  dimensionId?: string | null;
  /** When a member marked it done with /plan done, and who (kept when its date is cleared). */
  doneAt?: Date | null;
  doneById?: string | null;
}

const isDuplicate = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

/** A row of the answers statement (SQLite gives `seq` as a number, PostgreSQL's driver as a bigint). */
type AnswerRow = { seq: number | bigint; questionId: string; value: string | null; authorId: string };
/** A row of the run statement: dates come as text or Date, depending on the driver. */
type RunRow = {
  id: string;
  teamId: string;
  questionnaireId: string;
  ownerKey: string;
  status: string;
  submittedAt: Date | string | null;
  submittedById: string | null;
};

const toLog = (
  rows: { seq: number | bigint; questionId: string; value: string | null; authorId: string; answeredAt?: Date }[],
): LogEntry[] =>
  rows.map((row) => ({
    seq: Number(row.seq),
    questionId: row.questionId,
    authorId: row.authorId,
    ...(row.answeredAt ? { answeredAt: row.answeredAt } : {}),
    value: row.value === null ? null : (JSON.parse(row.value) as AnswerValue),
  }));

export function createQuestionnaireRepository(db: Db) {
  /** Runs of a repeatable questionnaire for this owner, latest first. */
  const repeatedRuns = (teamId: string, q: Questionnaire, personId: string) =>
    db.questionnaireRun.findMany({
      where: { teamId, questionnaireId: q.id, ownerKey: { startsWith: `${ownerKeyFor(q, personId)}:` } },
      orderBy: { createdAt: 'desc' },
    });

  /** The open run of a repeatable questionnaire, or the next one (after the last submitted). */
  async function openRepeated(teamId: string, q: Questionnaire, personId: string): Promise<Run> {
    for (;;) {
      const runs = await repeatedRuns(teamId, q, personId);
      const open = runs.find((r) => r.status !== 'submitted');
      if (open) return toRun(open);
      try {
        const created = await db.questionnaireRun.create({
          data: {
            teamId,
            questionnaireId: q.id,
            ownerKey: nthKey(ownerKeyFor(q, personId), runs.length + 1),
            questionnaireVersion: q.version,
          },
        });
        return toRun(created);
      } catch (error) {
        // A team-mate opened the next one at the same moment: use theirs.
        if (!isDuplicate(error)) throw error;
      }
    }
  }

  return {
    /**
     * The team's (or the person's) run of a questionnaire, created on first use; a run created at
     * the same moment by a team-mate is the one used.
     */
    async openRun(teamId: string, q: Questionnaire, personId: string): Promise<Run> {
      if (q.repeatable) return openRepeated(teamId, q, personId);
      const where = {
        teamId_questionnaireId_ownerKey: { teamId, questionnaireId: q.id, ownerKey: ownerKeyFor(q, personId) },
      };
      const found = await db.questionnaireRun.findUnique({ where });
      if (found) return toRun(found);
      try {
        return toRun(
          await db.questionnaireRun.create({
            data: {
              teamId,
              questionnaireId: q.id,
              ownerKey: ownerKeyFor(q, personId),
              questionnaireVersion: q.version,
            },
          }),
        );
      } catch (error) {
        if (!isDuplicate(error)) throw error;
        return toRun(await db.questionnaireRun.findUniqueOrThrow({ where }));
      }
    },

    /** The team's (or person's) latest run; for a repeatable questionnaire, the latest of its runs. */
    async findRun(teamId: string, q: Questionnaire, personId: string): Promise<Run | null> {
      if (q.repeatable) {
        const runs = await repeatedRuns(teamId, q, personId);
        return runs[0] ? toRun(runs[0]) : null;
      }
      const row = await db.questionnaireRun.findUnique({
        where: {
          teamId_questionnaireId_ownerKey: { teamId, questionnaireId: q.id, ownerKey: ownerKeyFor(q, personId) },
        },
      });
      return row ? toRun(row) : null;
    },

    /** Submitted runs of a repeatable questionnaire, latest first (one per mission report). */
    async submittedRuns(teamId: string, q: Questionnaire, personId: string): Promise<Run[]> {
      const runs = q.repeatable ? await repeatedRuns(teamId, q, personId) : [];
      return runs.filter((r) => r.status === 'submitted').map(toRun);
    },

    async getRun(runId: string): Promise<Run | null> {
      const row = await db.questionnaireRun.findUnique({ where: { id: runId } });
      return row ? toRun(row) : null;
    },

    /**
     * A run with its answer log and current answers, read once per message. Two plain statements:
     * a join would repeat the run's six columns on every answer row, and each value read costs
     * (for 30 answers, 350 µs against 180 µs for the two). The answers are read first, so the
     * run's status is never older than its answers (a submission in between shows as submitted).
     */
    async load(
      runId: string,
    ): Promise<{ run: Run; log: LogEntry[]; answers: ReadonlyMap<string, StoredAnswer> } | null> {
      const rows = await db.$queryRaw<AnswerRow[]>`
        SELECT "seq", "questionId", "value", "authorId" FROM "Answer" WHERE "runId" = ${runId} ORDER BY "seq"`;
      const [row] = await db.$queryRaw<RunRow[]>`
        SELECT "id", "teamId", "questionnaireId", "ownerKey", "status", "submittedAt", "submittedById"
        FROM "QuestionnaireRun" WHERE "id" = ${runId}`;
      if (!row) return null;
      const log = toLog(rows);
      const run = toRun({ ...row, submittedAt: row.submittedAt === null ? null : new Date(row.submittedAt) });
      return { run, log, answers: answersOf(log) };
    },

    /** Current answers of a run (authors' names only when asked: answering does not need them). */
    async answers(runId: string, withNames = false): Promise<ReadonlyMap<string, StoredAnswer>> {
      const answers = answersOf(toLog(await db.answer.findMany({ where: { runId }, orderBy: { seq: 'asc' } })));
      if (!withNames) return answers;
      const names = await this.names([...answers.values()].map((a) => a.authorId));
      for (const [id, answer] of answers) answers.set(id, { ...answer, authorName: names.get(answer.authorId) });
      return answers;
    },

    async names(personIds: string[]): Promise<Map<string, string>> {
      const ids = [...new Set(personIds)];
      if (ids.length === 0) return new Map();
      const people = await db.person.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
      return new Map(people.map((p) => [p.id, p.displayName]));
    },

    /**
     * The write that appends an answer to the run's log (null: skipped on purpose), to commit with
     * the message. Concurrent answers to one question both succeed; the later one stands and the
     * earlier stays in the history.
     */
    saveAnswer(
      runId: string,
      questionId: string,
      value: AnswerValue | null,
      authorId: string,
    ): Prisma.PrismaPromise<unknown> {
      return db.answer.create({
        data: { runId, questionId, value: value === null ? null : JSON.stringify(value), authorId },
        select: { seq: true },
      });
    },

    /** Marks the run submitted only if it is still open; false when someone submitted first. */
    async submit(runId: string, personId: string, results: Results): Promise<boolean> {
      const { count } = await db.questionnaireRun.updateMany({
        where: { id: runId, status: 'open' },
        data: {
          status: 'submitted',
          submittedAt: new Date(),
          submittedById: personId,
          results: results as unknown as Prisma.InputJsonValue,
        },
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
      const { count } = await db.questionnaireRun.updateMany({
        where: { teamId, questionnaireId, status: 'submitted' },
        data: { status: 'open', reopenedAt: new Date() },
      });
      return count;
    },

    async actionItems(runId: string) {
      return db.actionItem.findMany({ where: { runId }, orderBy: { position: 'asc' } });
    },

    /** The team's whole plan: actions drafted from every diagnostic, plus those added by hand. */
    async teamActionItems(teamId: string) {
      return db.actionItem.findMany({ where: { teamId }, orderBy: planOrder });
    },

    /** The team's actions someone marked done: with /plan done, or their deadline in /deadlines or from a reminder. */
    async doneActionIds(teamId: string): Promise<Set<string>> {
      const items = await db.actionItem.findMany({ where: { teamId }, select: { id: true, doneAt: true } });
      const done = await db.deadline.findMany({
        where: {
          sourceRef: { in: items.map((i) => actionSourceRef(i.id)) },
          cancelledAt: null,
          statuses: { some: { doneAt: { not: null } } },
        },
        select: { sourceRef: true },
      });
      return doneActions(
        items,
        done.map((d) => d.sourceRef),
      );
    },

    /** The first tick of an action's deadline (who, when), if it was ticked. */
    async deadlineTick(actionId: string) {
      return db.deadlineStatus.findFirst({
        where: { deadline: { sourceRef: actionSourceRef(actionId), cancelledAt: null }, doneAt: { not: null } },
        orderBy: { doneAt: 'asc' },
        select: { doneAt: true, personId: true },
      });
    },

    /** Records that the team did the action (/plan done); the plan's sync ticks its deadline, if it has one. */
    async markActionDone(id: string, personId: string, now: Date): Promise<void> {
      await db.actionItem.updateMany({ where: { id, doneAt: null }, data: { doneAt: now, doneById: personId } });
    },

    /** Reopens a done action for the team (/plan undo), see `reopenAction`. */
    async reopenAction(id: string): Promise<void> {
      await reopenAction(db, id);
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

    /** Removes plan actions, all in one statement (none is left half-removed). */
    async removeActionItems(ids: string[]): Promise<void> {
      await db.actionItem.deleteMany({ where: { id: { in: ids } } });
    },
  };
}

export type QuestionnaireRepository = ReturnType<typeof createQuestionnaireRepository>;
