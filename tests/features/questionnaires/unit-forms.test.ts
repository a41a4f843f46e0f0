// A measured value reads with the form of its unit its number asks for, in French and in Arabic:
// under the question answered (« ✅ 1 minute ») and in the results (the real application,
// questionnaires and SQLite database).
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { plain, text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let q: Questionnaire;
appForTests((made, diagnostic) => ((app = made), (q = diagnostic)));
const today = localDay(new Date(), 'Africa/Tunis');

const bare = (text: string | undefined) => text?.replace(/[\u200e\u200f\u2066-\u2069]/g, '');

async function enrol(slug: string, locale: Locale) {
  const who: Sender = { channel: 'telegram', externalId: `sg-${slug}`, displayName: `SG ${slug}` };
  const handle = (line: string) => app.handle(text(who, line));
  await handle('/start');
  if (locale === 'ar') await handle('/lang ar');
  const identity = await app.db.identity.findUniqueOrThrow({
    where: { channel_externalId: { channel: 'telegram', externalId: who.externalId } },
  });
  const cohort = await app.db.cohort.upsert({ where: { name: 'Pilote' }, update: {}, create: { name: 'Pilote' } });
  const team = await app.db.team.create({
    data: { slug, name: `Équipe ${slug}`, commune: 'Sfax', cohortId: cohort.id },
  });
  await app.db.teamMember.create({ data: { teamId: team.id, personId: identity.personId } });
  await app.db.personRole.create({ data: { personId: identity.personId, role: 'participant' } });
  return handle;
}

describe.each([
  ['fr', { one: '1 minute', two: '2 actes en attente', measures: '/results mesures' }],
  // The Arabic summary names its screen with the Arabic word the command reads (« mesures » was French).
  ['ar', { one: '1 دقيقة', two: '2 رسمان في الانتظار', measures: '/results القيم' }],
] as const)('measured values in %s', (locale, expected) => {
  it('are said with the form of their unit, once answered and in the results', async () => {
    const handle = await enrol(`units-${locale}`, locale);
    const preset = { q_cr_wait_minutes: '1', q_cr_transcription_backlog: '2' };
    const shown = new Map<string, string | undefined>();
    await handle('/diagnostic 1');
    for (const s of planWalk(q, locale, today, Infinity, preset))
      shown.set(s.questionId, (await handle(s.line)).answered?.shown);
    // « ✅ 1 minute » under the question answered (Telegram), not « 1 minutes » nor « 1 (دقيقة) ».
    expect(bare(shown.get('q_cr_wait_minutes'))).toBe(expected.one);
    expect(bare(shown.get('q_cr_transcription_backlog'))).toBe(expected.two);
    await handle('/submit');
    await handle('1');
    expect(plain((await handle('/results')).replies)).toContain(expected.measures);
    const measures = plain((await handle(expected.measures)).replies);
    expect(measures).toContain(`: ${expected.one}`);
    expect(measures).toContain(`: ${expected.two}`);
  });
});
