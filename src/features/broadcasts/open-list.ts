// The list the audience step had on screen, built again from its prompt: after a voice note or a
// side command, the coordinator finds the page they were on, not the first list of audiences.
import type { Context } from '../../core/context.ts';
import type { Db } from '../../persistence/prisma.ts';
import { cohortPage, cohortPrompt, type ChoicesReply } from './cohorts.ts';
import { lateList, latePrompt } from './lists.ts';
import { teamPage, teamPageOf, teamPrompt } from './team-pages.ts';

/**
 * The page of teams or of cohorts, or the deadlines, that `promptId` showed, as they are now; null
 * for the audience list itself, or when that list has nothing left to show.
 */
export async function openList(
  ctx: Context,
  db: Db,
  now: Date,
  promptId: string | undefined,
): Promise<ChoicesReply | null> {
  if (!promptId) return null;
  if (promptId.startsWith(teamPrompt)) return teamPage(ctx, db, teamPageOf(promptId));
  if (promptId.startsWith(cohortPrompt)) return cohortPage(ctx, db, Number(promptId.slice(cohortPrompt.length)) || 0);
  if (promptId === latePrompt) return lateList(ctx, db, now);
  return null;
}
