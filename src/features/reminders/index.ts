import type { Feature } from '../../core/router.ts';
import { createCalendarCommand } from './calendar-command.ts';
import { createDeadlineCommand, type RemindersDeps } from './deadline-commands.ts';
import { createMyDeadlines } from './my-deadlines.ts';

export type { RemindersDeps } from './deadline-commands.ts';
export { syncPlanDeadlines, type PlanSyncOptions, type PlanSyncResult } from './plan-sync.ts';

/** Deadlines: coordinators set them (or import a calendar); members see theirs and answer reminders. */
export function createRemindersFeature(deps: RemindersDeps): Feature {
  const mine = createMyDeadlines(deps);
  return {
    name: 'reminders',
    commands: [mine.command, createDeadlineCommand(deps), createCalendarCommand(deps)],
    choices: [mine.choices],
  };
}
