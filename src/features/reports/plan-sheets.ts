/** The plan and deadline sheets of `/export answers`. */
import type { CellValue, Sheet } from '../../documents/xlsx.ts';
import type { Deadline } from '../../generated/prisma/client.ts';
import {
  baselineText,
  indicatorText,
  inLocale,
  ownerCell,
  targetText,
  type PlanItem,
} from '../questionnaires/plan-view.ts';
import { concerns, deadlineAudience } from '../reminders/audience.ts';
import { fitName, headers, type SheetContext, wallClock } from './sheet-cells.ts';

export type DeadlineRow = Pick<
  Deadline,
  'titleFr' | 'titleAr' | 'dueAt' | 'audience' | 'audienceTeamId' | 'audienceRole'
> & {
  /** Who marked it done. */
  statuses: { personId: string }[];
};

export interface TeamMembers {
  id: string;
  members: { id: string; name: string; roles: string[] }[];
}

/**
 * The plan in /plan order: n, action, kind, owner, due date, indicator, baseline, target, priority,
 * and whether it is done (`done`, see `doneActions`: with a due date or not).
 */
export function planSheet(
  items: PlanItem[],
  options: SheetContext,
  prefix: string,
  done: ReadonlySet<string> = new Set(),
): Sheet {
  const { rc, questionnaires } = options;
  const { locale } = rc;
  const rows = items.map((item, i): CellValue[] => {
    const owner = ownerCell(item, questionnaires, locale, rc.t);
    return [
      i + 1,
      inLocale(item.title, item.titleAr, item.language, locale),
      item.kind === 'quick_win' || item.kind === 'structural' ? rc.t(`export-answers-kind-${item.kind}`) : item.kind,
      owner,
      item.dueDate,
      indicatorText(item, locale),
      baselineText(item, questionnaires, rc),
      targetText(item, locale),
      rc.t(`plan-priority-${item.priority}`),
      rc.t(item.id !== undefined && done.has(item.id) ? 'export-answers-done' : 'export-answers-not-done'),
    ];
  });
  const names = ['n', 'action', 'kind', 'owner', 'due', 'indicator', 'baseline', 'target', 'priority', 'done'];
  // The action is the plan's long text (two to three hundred characters drafted from a lever): fitted
  // as the other columns, it had 17 characters of width and rows stood fifteen lines tall. It takes
  // the room the short columns leave on the page's width (140), the indicator the next widest.
  const widths = [6, 40, 12, 14, 12, 18, 10, 12, 8, 8];
  const columns = headers(rc, names).map((column, i) => ({ ...column, width: widths[i] }));
  return { name: fitName(prefix, rc.t('export-answers-sheet-plan'), ''), columns, rows };
}

/** Deadlines that concern the team (everyone's, the team's, a role some member holds); per member, done or not. */
export function deadlineSheet(
  team: TeamMembers,
  deadlines: DeadlineRow[],
  options: SheetContext,
  prefix: string,
): Sheet {
  const { rc, timeZone } = options;
  const members = team.members.map((m) => ({ ...m, teams: [{ id: team.id }] }));
  const concernsTeam = (d: DeadlineRow) => {
    const audience = deadlineAudience(d);
    if (audience.kind === 'team') return audience.teamId === team.id;
    return audience.kind === 'everyone' || members.some((m) => concerns(d, m));
  };
  const rows = deadlines.filter(concernsTeam).map((d): CellValue[] => {
    const done = new Set(d.statuses.map((s) => s.personId));
    const title = rc.locale === 'ar' ? d.titleAr || d.titleFr : d.titleFr || d.titleAr;
    const state = (m: (typeof members)[number]) =>
      !concerns(d, m) ? null : rc.t(done.has(m.id) ? 'export-answers-done' : 'export-answers-not-done');
    return [title, wallClock(d.dueAt, timeZone), ...members.map(state)];
  });
  return {
    name: fitName(prefix, rc.t('export-answers-sheet-deadlines'), ''),
    columns: [...headers(rc, ['deadline', 'deadline-due']), ...members.map((m) => ({ header: m.name }))],
    rows,
  };
}
