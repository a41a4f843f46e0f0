import type { Db } from '../../persistence/prisma.ts';
import { deadlineAudience } from '../reminders/audience.ts';

export interface RunProgress {
  questionnaireId: string;
  status: string;
  answers: number;
}

export interface TeamProgress {
  slug: string;
  commune: string;
  members: number;
  runs: RunProgress[];
  /** Counted per (member, deadline): done, late (due and not done), open (not due yet). */
  done: number;
  late: number;
  open: number;
  latePeople: string[];
}

/**
 * Per team: questionnaire runs (status, answers given) and how its members stand on the
 * deadlines that concern them. Cancelled deadlines do not count.
 */
export async function teamProgress(db: Db, now: Date): Promise<TeamProgress[]> {
  const [teams, deadlines] = await Promise.all([
    db.team.findMany({
      orderBy: { slug: 'asc' },
      include: {
        members: { include: { person: { include: { roles: true } } } },
        runs: { orderBy: { questionnaireId: 'asc' } },
      },
    }),
    db.deadline.findMany({ where: { cancelledAt: null }, include: { statuses: { where: { doneAt: { not: null } }, select: { personId: true } } } }),
  ]);
  // The answer table is a log (a replaced answer stays as history): count questions, not rows.
  const answered = new Map<string, number>();
  const pairs = await db.answer.groupBy({ by: ['runId', 'questionId'], where: { value: { not: null } } });
  for (const { runId } of pairs) answered.set(runId, (answered.get(runId) ?? 0) + 1);
  return teams.map((team) => {
    const progress: TeamProgress = {
      slug: team.slug,
      commune: team.commune,
      members: team.members.length,
      runs: team.runs.map((r) => ({ questionnaireId: r.questionnaireId, status: r.status, answers: answered.get(r.id) ?? 0 })),
      done: 0,
      late: 0,
      open: 0,
      latePeople: [],
    };
    const late = new Set<string>();
    for (const d of deadlines) {
      const audience = deadlineAudience(d);
      const done = new Set(d.statuses.map((s) => s.personId));
      for (const { person } of team.members) {
        const concerned =
          audience.kind === 'everyone' ||
          (audience.kind === 'team' && audience.teamId === team.id) ||
          (audience.kind === 'role' && person.roles.some((r) => r.role === audience.role));
        if (!concerned) continue;
        if (done.has(person.id)) progress.done++;
        else if (d.dueAt <= now) {
          progress.late++;
          late.add(person.displayName);
        } else progress.open++;
      }
    }
    progress.latePeople = [...late].sort();
    return progress;
  });
}
