import { beforeAll } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Locale } from '../../src/core/i18n.ts';
import type { Sender } from '../../src/core/messages.ts';
import { enrolInNewTeam, startPerson } from './enrol.ts';
import { choice, plain, text } from './messages.ts';
import { actionSourceRef } from '../../src/features/questionnaires/repository.ts';

/**
 * A coordinator of a team of their own (« fnct », French), enrolled before the file's tests: gives
 * what they say's replies as text, to read /progress.
 */
export function useCoordinator(app: () => App): (line: string) => Promise<string> {
  let coordinator: Sender;
  beforeAll(async () => {
    ({ who: coordinator } = await enrolInNewTeam(app(), { slug: 'fnct', lang: 'fr', role: 'coordinator' }));
  });
  return async (line) => plain((await app().handle(text(coordinator, line))).replies);
}

/** A member of a new team, and a teammate who reads the same language; each says a line and gets the replies' text. */
export async function teamWithMate(app: App, slug: string, lang: Locale) {
  const { who, teamId } = await enrolInNewTeam(app, { slug, lang });
  const mate: Sender = { channel: 'telegram', externalId: `mate-${slug}`, displayName: `Mate ${slug}` };
  const mateId = await startPerson(app, mate, lang);
  await app.db.teamMember.create({ data: { teamId, personId: mateId } });
  const saying = (from: Sender) => async (line: string) => plain((await app.handle(text(from, line))).replies);
  return { who, mate, teamId, say: saying(who), mateSays: saying(mate) };
}

/** The plan deadline of the team's n-th action, with how many members have it done. */
export async function planDeadlineOf(app: App, teamId: string, n: number) {
  const items = await app.db.actionItem.findMany({ where: { teamId }, orderBy: { position: 'asc' } });
  const deadline = await app.db.deadline.findUnique({ where: { sourceRef: actionSourceRef(items[n - 1]?.id ?? '') } });
  const done = deadline
    ? await app.db.deadlineStatus.count({ where: { deadlineId: deadline.id, doneAt: { not: null } } })
    : 0;
  return { deadline, done };
}

/** Ticks the first deadline of `who`'s /deadlines list, as a tap on it; gives the replies' text. */
export async function tickFirstDeadline(app: App, who: Sender): Promise<string> {
  const list = (await app.handle(text(who, '/deadlines'))).replies.find((r) => r.kind === 'choices');
  if (list?.kind !== 'choices') throw new Error('no deadline to tick');
  return plain((await app.handle(choice(who, list.promptId, [list.choices[0]?.value ?? '']))).replies);
}
