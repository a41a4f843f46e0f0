import type { Context } from '../../core/context.ts';
import type { Feature } from '../../core/router.ts';
import { createEnrolmentCommands, enrol, type EnrolmentDeps } from './enrolment.ts';
import { createPeopleCommands } from './people.ts';
import { createRoleCommands } from './roles.ts';
import { createTeamCommands } from './teams.ts';

export type AdminDeps = EnrolmentDeps;

export interface AdminFeature extends Feature {
  /** Handed to /start: `/start <code>` (a Telegram deep link) enrols like `/join <code>`. */
  onStartPayload: (ctx: Context, payload: string) => Promise<void>;
}

/** Teams, invite codes, enrolment and coordinators (every coordinator action is audited). */
export function createAdminFeature(deps: AdminDeps): AdminFeature {
  const roles = createRoleCommands(deps.db);
  return {
    name: 'admin',
    commands: [
      ...createTeamCommands(deps.db),
      ...createEnrolmentCommands(deps),
      ...createPeopleCommands(deps.db),
      ...roles.commands,
    ],
    choices: [roles.choices],
    onStartPayload: (ctx, payload) => enrol(deps, ctx, payload),
  };
}
