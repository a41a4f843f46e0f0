import type { Db } from '../../persistence/prisma.ts';
import type { AnswerValue } from '../questionnaires/answers.ts';
import type { Bilingual, Questionnaire } from '../questionnaires/definitions.ts';
import { completion } from '../questionnaires/completion.ts';
import { spanNow } from '../questionnaires/total-span.ts';
import type { StoredAnswer } from '../questionnaires/relevance.ts';
import { localDay } from '../../core/time.ts';
import { deadlineAudience } from '../reminders/audience.ts';
import { chunks } from '../../persistence/chunks.ts';
import { doneActions } from '../questionnaires/repository.ts';

/** A team's run of a shared questionnaire (or of one it has not started). */
export interface RunProgress {
  kind: 'team';
  questionnaireId: string;
  /** Null for a run of a questionnaire that is not loaded any more. */
  title: Bilingual | null;
  /** "new" (not started), "open" or "submitted". */
  status: 'new' | 'open' | 'submitted';
  /** Questions whose current answer is a value (a skip is not an answer). */
  answered: number;
  /** Questions skipped on purpose (current answer empty). */
  skipped: number;
  /**
   * Questions that apply given the answers so far; null when the definition is unknown. While a
   * choice still decides how many apply (the service domain), the fewest it may leave.
   */
  total: number | null;
  /** The most questions that may apply once that choice is made (the total when none is left). */
  most: number | null;
  /** The share answered or skipped, as the team's own bar shows it; null when the total is unknown. */
  percent: number | null;
  /** The optional parts opened ("Problème prioritaire n° 2"), counted apart as /status does. */
  extras: { label: Bilingual; answered: number; total: number }[];
}

/** A personal questionnaire (each member fills their own, e.g. the session evaluation). */
export interface PersonalProgress {
  kind: 'person';
  questionnaireId: string;
  title: Bilingual;
  /** Members who submitted theirs, started theirs, and the team's members. */
  submitted: number;
  started: number;
  members: number;
  percent: number;
}

/** A report filled after each mission (repeatable): how many the team has submitted. */
export interface ReportsProgress {
  kind: 'reports';
  questionnaireId: string;
  title: Bilingual;
  submitted: number;
}

export type QuestionnaireProgress = RunProgress | PersonalProgress | ReportsProgress;

export interface TeamProgress {
  slug: string;
  /** The team's own name (/team nom), the commune's when it has none. */
  name: string;
  nameAr: string | null;
  commune: string;
  communeAr: string | null;
  members: number;
  questionnaires: QuestionnaireProgress[];
  /**
   * The team's deadlines, each counted once: done (every member it concerns ticked it), late (its
   * time passed before that), open (not due yet).
   */
  done: number;
  late: number;
  open: number;
  latePeople: string[];
  /**
   * The improvement plan: its actions, those done (with a due date or not, see `doneActions`), and
   * those not done whose due day has passed.
   */
  plan: { actions: number; done: number; late: number };
  /** The team's latest step: an answer, a questionnaire started or submitted, an action done; null when none. */
  lastActivity: Date | null;
}

const percentOf = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 100);

function parseValue(json: string): AnswerValue {
  try {
    return JSON.parse(json) as AnswerValue;
  } catch {
    return json;
  }
}

/**
 * Current answer of each question of each run (the answer table is a log, the latest row stands),
 * and when each run was last answered.
 */
async function currentAnswers(db: Db, runIds: string[]) {
  const byRun = new Map<string, Map<string, StoredAnswer>>();
  const latest = new Map<string, Date>();
  for (const slice of chunks(runIds)) {
    const rows = await db.answer.findMany({
      where: { runId: { in: slice } },
      orderBy: { seq: 'asc' },
      select: { runId: true, questionId: true, value: true, authorId: true, answeredAt: true },
    });
    for (const row of rows) {
      const before = latest.get(row.runId);
      if (!before || row.answeredAt > before) latest.set(row.runId, row.answeredAt);
      let answers = byRun.get(row.runId);
      if (!answers) byRun.set(row.runId, (answers = new Map<string, StoredAnswer>()));
      answers.set(row.questionId, { value: row.value === null ? null : parseValue(row.value), authorId: row.authorId });
    }
  }
  return { byRun, latest };
}

/**
 * Completion of one run: of the answerable questions that apply (relevance conditions evaluated
 * on the answers, as the team's own progress bar does), how many have an answer.
 */
export function runCompletion(q: Questionnaire | undefined, answers: ReadonlyMap<string, StoredAnswer>, today: string) {
  if (!q) {
    let answered = 0;
    let skipped = 0;
    for (const a of answers.values()) {
      if (a.value === null) skipped++;
      else answered++;
    }
    return { answered, skipped, total: null, most: null, percent: null, extras: [] };
  }
  // The same count as the team's own header, /diagnostic and /status.
  const { answered, skipped, total, percent, extras } = completion(q, answers, today);
  const { least, most } = spanNow(q, answers, today, total);
  const parts = extras.map((p) => ({ label: p.label, answered: p.answered, total: p.questions.length }));
  return { answered, skipped, total: least, most, percent, extras: parts };
}

/**
 * Per team: completion of each questionnaire (every loaded one, started or not; personal ones as
 * the share of members who submitted theirs) and how its members stand on the deadlines that
 * concern them. Cancelled deadlines do not count.
 */
export async function teamProgress(
  db: Db,
  now: Date,
  questionnaires: readonly Questionnaire[],
  timeZone: string,
): Promise<TeamProgress[]> {
  const today = localDay(now, timeZone);
  const [teams, deadlines, actions] = await Promise.all([
    db.team.findMany({
      orderBy: { slug: 'asc' },
      include: {
        members: { include: { person: { include: { roles: true } } } },
        runs: { orderBy: { questionnaireId: 'asc' } },
      },
    }),
    db.deadline.findMany({
      where: { cancelledAt: null },
      include: { statuses: { where: { doneAt: { not: null } }, select: { personId: true } } },
    }),
    db.actionItem.findMany({ select: { id: true, teamId: true, doneAt: true, dueDate: true } }),
  ]);
  const done = doneActions(
    actions,
    deadlines.filter((d) => d.statuses.length > 0).map((d) => d.sourceRef),
  );
  const byId = new Map(questionnaires.map((q) => [q.id, q]));
  // Only shared runs are measured by their answers (personal ones by who submitted).
  const { byRun: answers, latest } = await currentAnswers(
    db,
    teams.flatMap((t) => t.runs.filter((r) => r.ownerKey === 'team').map((r) => r.id)),
  );
  const empty = new Map<string, StoredAnswer>();

  return teams.map((team) => {
    const list: QuestionnaireProgress[] = [];
    const memberIds = new Set(team.members.map((m) => m.personId));
    for (const q of questionnaires) {
      if (q.repeatable) {
        const submitted = team.runs.filter((r) => r.questionnaireId === q.id && r.status === 'submitted').length;
        list.push({ kind: 'reports', questionnaireId: q.id, title: q.title, submitted });
        continue;
      }
      if (q.scope === 'person') {
        const runs = team.runs.filter((r) => r.questionnaireId === q.id && memberIds.has(r.ownerKey));
        const submitted = runs.filter((r) => r.status === 'submitted').length;
        list.push({
          kind: 'person',
          questionnaireId: q.id,
          title: q.title,
          submitted,
          started: runs.length,
          members: team.members.length,
          percent: team.members.length > 0 ? percentOf(submitted, team.members.length) : 0,
        });
        continue;
      }
      const run = team.runs.find((r) => r.questionnaireId === q.id && r.ownerKey === 'team');
      const status = !run ? 'new' : run.status === 'submitted' ? 'submitted' : 'open';
      list.push({
        kind: 'team',
        questionnaireId: q.id,
        title: q.title,
        status,
        ...runCompletion(q, (run && answers.get(run.id)) ?? empty, today),
      });
    }
    // Shared runs of questionnaires no longer loaded still show what was answered.
    for (const run of team.runs) {
      if (byId.has(run.questionnaireId) || run.ownerKey !== 'team') continue;
      list.push({
        kind: 'team',
        questionnaireId: run.questionnaireId,
        title: null,
        status: run.status === 'submitted' ? 'submitted' : 'open',
        ...runCompletion(undefined, answers.get(run.id) ?? empty, today),
      });
    }

    const own = actions.filter((a) => a.teamId === team.id);
    const steps = [
      ...team.runs.flatMap((r) => [r.createdAt, r.submittedAt, latest.get(r.id) ?? null]),
      ...own.map((a) => a.doneAt),
    ].filter((d): d is Date => d !== null);
    const progress: TeamProgress = {
      slug: team.slug,
      name: team.name,
      nameAr: team.nameAr,
      commune: team.commune,
      communeAr: team.communeAr,
      members: team.members.length,
      questionnaires: list,
      done: 0,
      late: 0,
      open: 0,
      latePeople: [],
      plan: {
        actions: own.length,
        done: own.filter((a) => done.has(a.id)).length,
        // A due date is a calendar day: late from the day after it.
        late: own.filter((a) => a.dueDate && !done.has(a.id) && a.dueDate.toISOString().slice(0, 10) < today).length,
      },
      lastActivity: steps.length > 0 ? new Date(Math.max(...steps.map((d) => d.getTime()))) : null,
    };
    const late = new Set<string>();
    for (const d of deadlines) {
      const audience = deadlineAudience(d);
      const done = new Set(d.statuses.map((s) => s.personId));
      const concerned = team.members.filter(
        ({ person }) =>
          audience.kind === 'everyone' ||
          (audience.kind === 'team' && audience.teamId === team.id) ||
          (audience.kind === 'role' && person.roles.some((r) => r.role === audience.role)),
      );
      if (concerned.length === 0) continue;
      const behind = concerned.filter(({ person }) => !done.has(person.id));
      if (behind.length === 0) progress.done++;
      else if (d.dueAt <= now) {
        progress.late++;
        for (const { person } of behind) late.add(person.displayName);
      } else progress.open++;
    }
    progress.latePeople = [...late].sort();
    return progress;
  });
}
