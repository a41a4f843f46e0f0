/** What `/export answers` reads: teams with members and runs, the answer log, names, plan, deadlines. */
import { personName, type Reader } from '../../core/person-name.ts';
import { chunks } from '../../persistence/chunks.ts';
import type { Db } from '../../persistence/prisma.ts';
import type { AnswerValue } from '../questionnaires/answers.ts';

/** One team (by id) or every team. */
export type ExportScope = { teamId: string } | 'all';

export interface LogRow {
  runId: string;
  questionId: string;
  value: string | null;
  authorId: string;
  answeredAt: Date;
}

export const loadTeams = (db: Db, scope: ExportScope) =>
  db.team.findMany({
    where: scope === 'all' ? {} : { id: scope.teamId },
    orderBy: { slug: 'asc' },
    include: {
      members: {
        orderBy: { joinedAt: 'asc' },
        include: { person: { select: { id: true, displayName: true, roles: { select: { role: true } } } } },
      },
      runs: { orderBy: { createdAt: 'asc' } },
    },
  });
export type TeamRow = Awaited<ReturnType<typeof loadTeams>>[number];
export type RunRow = TeamRow['runs'][number];

export function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export async function answerLog(db: Db, runIds: string[]): Promise<Map<string, LogRow[]>> {
  const byRun = new Map<string, LogRow[]>();
  for (const slice of chunks(runIds)) {
    const rows = await db.answer.findMany({
      where: { runId: { in: slice } },
      orderBy: { seq: 'asc' },
      select: { runId: true, questionId: true, value: true, authorId: true, answeredAt: true },
    });
    for (const row of rows) pushTo(byRun, row.runId, row);
  }
  return byRun;
}

export async function namesOf(db: Db, ids: string[], reader: Reader): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const slice of chunks([...new Set(ids)])) {
    const people = await db.person.findMany({ where: { id: { in: slice } }, select: { id: true, displayName: true } });
    for (const p of people) names.set(p.id, personName(p.displayName, reader));
  }
  return names;
}

export async function actionItems(db: Db, teamIds: string[]) {
  const items = [];
  for (const slice of chunks(teamIds))
    items.push(
      ...(await db.actionItem.findMany({
        where: { teamId: { in: slice } },
        orderBy: [{ createdAt: 'asc' }, { position: 'asc' }],
      })),
    );
  return items;
}

export const loadDeadlines = (db: Db) =>
  db.deadline.findMany({
    where: { cancelledAt: null },
    orderBy: { dueAt: 'asc' },
    include: { statuses: { where: { doneAt: { not: null } }, select: { personId: true } } },
  });

export function parseValue(json: string): AnswerValue {
  try {
    return JSON.parse(json) as AnswerValue;
  } catch {
    return json;
  }
}

/** The stored value as text: a number, a choice value, a list joined by ", "; empty for a skip. */
export function rawText(value: AnswerValue | null): string | null {
  if (value === null) return null;
  return Array.isArray(value) ? value.join(', ') : String(value);
}
