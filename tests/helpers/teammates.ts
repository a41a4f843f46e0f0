import type { App } from '../../src/app.ts';
import type { Locale } from '../../src/core/i18n.ts';
import type { Sender } from '../../src/core/messages.ts';
import { enrolInNewTeam, startPerson } from './enrol.ts';
import { plain, text } from './messages.ts';

/**
 * Amel and Sami, two members of a new team `slug` reading `locale`, on the real application: what
 * each is answered, and the team's run of the service diagnostic once started.
 */
export async function twoTeammates(app: App, slug: string, locale: Locale) {
  const { who: amel, teamId } = await enrolInNewTeam(app, {
    slug,
    sender: { externalId: `amel-${slug}`, displayName: 'Amel' },
    lang: locale,
  });
  const sami: Sender = { channel: 'telegram', externalId: `sami-${slug}`, displayName: 'Sami' };
  const samiId = await startPerson(app, sami, locale);
  await app.db.teamMember.create({ data: { teamId, personId: samiId } });
  await app.db.personRole.create({ data: { personId: samiId, role: 'participant' } });
  const say = async (who: Sender, line: string) => plain((await app.handle(text(who, line))).replies);
  /** The team's current answer to a question of its run (the last row of the log). */
  const current = async (questionId: string) => {
    const row = await app.db.answer.findFirst({
      where: { run: { teamId }, questionId },
      orderBy: { seq: 'desc' },
    });
    return row?.value === null || row?.value === undefined ? row?.value : (JSON.parse(row.value) as unknown);
  };
  return { amel, sami, say, current, teamId };
}
