import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { AnswerValue } from './answers.ts';
import type { Questionnaire } from './definitions.ts';
import type { StoredAnswer } from './engine.ts';
import type { Results } from './scoring.ts';

export interface Run {
  id: string;
  teamId: string;
  questionnaireId: string;
  status: 'open' | 'submitted';
  submittedAt: Date | null;
}

const toRun = (row: { id: string; teamId: string; questionnaireId: string; status: string; submittedAt: Date | null }): Run => ({
  id: row.id,
  teamId: row.teamId,
  questionnaireId: row.questionnaireId,
  status: row.status === 'submitted' ? 'submitted' : 'open',
  submittedAt: row.submittedAt,
});

export interface ActionItemInput {
  title: string;
  owner?: string | null;
  dueDate?: Date | null;
  indicator?: string | null;
  priority?: string;
  dimensionId?: string | null;
}

export function createQuestionnaireRepository(db: Db) {
  return {
    /** The team's run of a questionnaire, created on first use (one per team and questionnaire). */
    async openRun(teamId: string, q: Questionnaire): Promise<Run> {
      const row = await db.questionnaireRun.upsert({
        where: { teamId_questionnaireId: { teamId, questionnaireId: q.id } },
        update: {},
        create: { teamId, questionnaireId: q.id, questionnaireVersion: q.version },
      });
      return toRun(row);
    },

    async findRun(teamId: string, questionnaireId: string): Promise<Run | null> {
      const row = await db.questionnaireRun.findUnique({ where: { teamId_questionnaireId: { teamId, questionnaireId } } });
      return row ? toRun(row) : null;
    },

    async getRun(runId: string): Promise<Run | null> {
      const row = await db.questionnaireRun.findUnique({ where: { id: runId } });
      return row ? toRun(row) : null;
    },

    /** Current answers of a run, with their authors' names. */
    async answers(runId: string): Promise<Map<string, StoredAnswer>> {
      const rows = await db.answer.findMany({ where: { runId } });
      const authorIds = [...new Set(rows.map((r) => r.authorId))];
      const people = authorIds.length ? await db.person.findMany({ where: { id: { in: authorIds } }, select: { id: true, displayName: true } }) : [];
      const names = new Map(people.map((p) => [p.id, p.displayName]));
      return new Map(
        rows.map((r) => [r.questionId, { value: r.value as AnswerValue | null, authorId: r.authorId, authorName: names.get(r.authorId), answeredAt: r.answeredAt }]),
      );
    },

    /**
     * Saves an answer as the run's current one and appends it to the history, in one
     * transaction. Concurrent answers to one question both succeed; the later one stands.
     */
    async saveAnswer(runId: string, questionId: string, value: AnswerValue | null, authorId: string): Promise<void> {
      // A skipped question is stored as SQL NULL (Prisma.DbNull), distinct from "never answered".
      const data = { value: value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue), authorId, answeredAt: new Date() };
      await db.$transaction([
        db.answer.upsert({ where: { runId_questionId: { runId, questionId } }, update: data, create: { runId, questionId, ...data } }),
        db.answerEvent.create({ data: { runId, questionId, ...data } }),
        db.questionnaireRun.update({ where: { id: runId }, data: { updatedAt: data.answeredAt } }),
      ]);
    },

    async history(runId: string, questionId: string) {
      return db.answerEvent.findMany({ where: { runId, questionId }, orderBy: { answeredAt: 'asc' } });
    },

    /** Marks the run submitted only if it is still open; false when someone submitted first. */
    async submit(runId: string, personId: string, results: Results): Promise<boolean> {
      const { count } = await db.questionnaireRun.updateMany({
        where: { id: runId, status: 'open' },
        data: { status: 'submitted', submittedAt: new Date(), submittedById: personId, results: results as unknown as Prisma.InputJsonValue },
      });
      return count === 1;
    },

    async reopen(runId: string): Promise<void> {
      await db.questionnaireRun.update({ where: { id: runId }, data: { status: 'open', reopenedAt: new Date() } });
    },

    async actionItems(runId: string) {
      return db.actionItem.findMany({ where: { runId }, orderBy: { position: 'asc' } });
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
