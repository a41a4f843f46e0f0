// A question left open for /help, /ask or a reminder comes back, and the next answer goes to it.
import { pino } from 'pino';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import type { OutboundMessage, Sender } from '../../../src/core/messages.ts';
import { choice, plain, text } from '../../helpers/messages.ts';

let app: App;
let fresh: FreshDatabase;
const sg: Sender = { channel: 'telegram', externalId: 'sg-kef', displayName: 'Hela' };
const say = async (line: string) => (await app.handle(text(sg, line))).replies;
const labelOf = (id: string, locale: 'fr' | 'ar' = 'fr') =>
  app.questionnaires[0]?.byId.get(id)?.label[locale] ?? `(${id})`;
/** The last reply: what the person sees at the bottom of the chat. */
const last = (replies: OutboundMessage[]) => plain(replies.slice(-1));

async function answerOf(questionId: string) {
  const row = await app.db.answer.findFirst({ where: { questionId }, orderBy: { seq: 'desc' } });
  return row?.value ? (JSON.parse(row.value) as unknown) : row?.value;
}

beforeAll(async () => {
  fresh = await freshDatabase();
  app = await createApp(createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
  await say('/start');
  const identity = await app.db.identity.findUniqueOrThrow({
    where: { channel_externalId: { channel: 'telegram', externalId: 'sg-kef' } },
  });
  const cohort = await app.db.cohort.create({ data: { name: 'Pilote' } });
  const team = await app.db.team.create({
    data: { slug: 'kef', name: 'Équipe Kef', commune: 'Le Kef', cohortId: cohort.id },
  });
  await app.db.teamMember.create({ data: { teamId: team.id, personId: identity.personId } });
  await app.db.personRole.create({ data: { personId: identity.personId, role: 'participant' } });
  await say('/diagnostic 1');
  await say('État civil');
});
afterAll(async () => {
  await app.close();
  await fresh.drop();
});

describe('interruptions inside a questionnaire', () => {
  it("/help gives the question's own help, then shows the question again", async () => {
    const replies = await say('/help');
    expect(plain(replies)).toContain('Aide');
    // A plain question has no knowledge passage stretched to fit it.
    expect(plain(replies)).not.toContain('📖');
    expect(last(replies)).toContain(labelOf('q_service_domain'));
  });

  it('/start, outside the questionnaire commands, answers and shows the question again', async () => {
    const replies = await say('/start');
    expect(plain(replies)).toContain('Hela');
    expect(last(replies)).toContain(labelOf('q_service_domain'));
  });

  it('/ask answers without asking for a rating, then shows the question; the next line answers it', async () => {
    const replies = await say("/ask c'est quoi le cycle PDCA ?");
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(replies.some((r) => r.kind === 'choices' && r.promptId.startsWith('kb:'))).toBe(false);
    expect(last(replies)).toContain(labelOf('q_service_domain'));
    await say('1');
    expect(await answerOf('q_service_domain')).toBe('civil_registry');
  });

  it('a reminder tapped mid-questionnaire is marked done, and the question comes back', async () => {
    const person = await app.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'telegram', externalId: 'sg-kef' } },
    });
    const deadline = await app.db.deadline.create({
      data: {
        titleFr: 'Note de cadrage',
        titleAr: 'مذكرة التأطير',
        dueAt: new Date(Date.now() + 86_400_000),
        offsets: [1440],
        audience: 'everyone',
      },
    });
    const replies = await app.handle(choice(sg, `rem:${deadline.id}`, ['done']));
    expect(plain(replies.replies)).toContain('Note de cadrage');
    expect(last(replies.replies)).toContain(labelOf('q_residents_served'));
    const status = await app.db.deadlineStatus.findFirstOrThrow({ where: { deadlineId: deadline.id } });
    expect(status.personId).toBe(person.personId);
    expect(status.doneAt).not.toBeNull();
  });

  it('/lang ar switches language and shows the question again, in Arabic', async () => {
    const replies = await say('/lang ar');
    expect(last(replies)).toContain(labelOf('q_residents_served', 'ar'));
    await say('/lang fr');
  });
});
