// Shared set-up for the coordination tests (admin, reminders, broadcasts, reports): a real
// SQLite database, the real core and features, a fake clock and recording channel adapters.
import { resolve } from 'node:path';
import type { Address, ChannelAdapter, ChannelName, CoreLink, OutboundMessage } from '../../../src/core/messages.ts';
import { createConversation } from '../../../src/core/conversation.ts';
import { createI18n } from '../../../src/core/i18n.ts';
import { createIdentityService } from '../../../src/core/identity.ts';
import { createRouter } from '../../../src/core/router.ts';
import { createStateStore } from '../../../src/core/state.ts';
import { createBasicsFeature, fallbackReply } from '../../../src/features/basics/index.ts';
import { parseQuietHours } from '../../../src/core/time.ts';
import { ensureCoordinators } from '../../../src/features/admin/bootstrap.ts';
import { createAdminFeature } from '../../../src/features/admin/index.ts';
import { createBroadcastsFeature } from '../../../src/features/broadcasts/index.ts';
import { createRemindersFeature } from '../../../src/features/reminders/index.ts';
import { createContentLoader } from '../../../src/features/reminders/outbox-content.ts';
import { createScheduler } from '../../../src/features/reminders/scheduler.ts';
import { createReportsFeature } from '../../../src/features/reports/index.ts';
import { createOutbox, type Outbox, type OutboxDeps } from '../../../src/outbox/index.ts';
import { buildCore, replying, type ReplyHandler } from '../../helpers/conversation.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import type { Db } from '../../../src/persistence/prisma.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { captureLogger } from '../../helpers/logger.ts';
import { choice, plain, sender, text } from '../../helpers/messages.ts';

export interface FakeClock {
  now: () => Date;
  set(to: Date | string): void;
  advance(ms: number): void;
}

export function fakeClock(start: Date | string): FakeClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (to) => (current = new Date(to)),
    advance: (ms) => (current = new Date(current.getTime() + ms)),
  };
}

export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

export interface Sent {
  to: Address;
  messages: OutboundMessage[];
  at: number;
}

/** A channel adapter that records sends; `behaviour` may throw (SendError...) or delay. */
export function recordingAdapter(
  name: ChannelName,
  behaviour?: (to: Address, call: number) => Promise<void> | void,
  log: Sent[] = [],
) {
  let calls = 0;
  const adapter: ChannelAdapter & { sent: Sent[] } = {
    name,
    sent: log,
    async start() {},
    async stop() {},
    async send(to, messages) {
      calls++;
      await behaviour?.(to, calls);
      log.push({ to, messages, at: Date.now() });
    },
  };
  return adapter;
}

export interface PersonSpec {
  externalId: string;
  name?: string;
  channel?: ChannelName;
  team?: string;
  roles?: string[];
  locale?: 'fr' | 'ar' | null;
  /** Has written to the bot (so the bot may write back). Default true. */
  seen?: boolean;
}

/** Creates a person with one identity, roles and team membership (creating the team if needed). */
export async function addPerson(db: Db, spec: PersonSpec): Promise<string> {
  const identity = await db.identity.create({
    data: {
      channel: spec.channel ?? 'telegram',
      externalId: spec.externalId,
      lastSeenAt: spec.seen === false ? null : new Date('2020-01-01T00:00:00Z'),
      person: { create: { displayName: spec.name ?? spec.externalId, locale: spec.locale ?? null } },
    },
  });
  for (const role of spec.roles ?? ['participant'])
    await db.personRole.create({ data: { personId: identity.personId, role } });
  if (spec.team) {
    const teamId = await ensureTeam(db, spec.team);
    await db.teamMember.create({ data: { teamId, personId: identity.personId } });
  }
  return identity.personId;
}

export async function ensureTeam(db: Db, slug: string): Promise<string> {
  const cohort = await db.cohort.upsert({ where: { name: 'Test' }, update: {}, create: { name: 'Test' } });
  const team = await db.team.upsert({
    where: { slug },
    update: {},
    create: { slug, name: `Équipe ${slug}`, commune: `Commune ${slug}`, cohortId: cohort.id },
  });
  return team.id;
}

export interface Harness extends TestDb {
  clock: FakeClock;
  outbox: Outbox;
  handle: ReplyHandler;
  /** What a channel adapter gets from this core. */
  link(channel: ChannelName): CoreLink;
  /** Sends a text as this console user; returns the visible text of the replies. */
  say(who: string, body: string): Promise<string>;
  /** Like `say`, returning the replies themselves. */
  send(who: string, body: string): Promise<OutboundMessage[]>;
  tap(who: string, promptId: string, values: string[]): Promise<OutboundMessage[]>;
}

export interface HarnessOptions {
  start?: Date | string;
  quietHours?: string;
  /** Console ids (or full addresses like whatsapp:216…) made coordinators through COORDINATORS. */
  coordinators?: string[];
  calendarDir?: string;
  dispatcher?: OutboxDeps['dispatcher'];
  /** REMINDER_CRON (seconds allowed); tests usually call tick() instead of starting the cron. */
  cron?: string;
  /** Questionnaire definitions for /progress (none by default). */
  questionnaires?: Questionnaire[];
}

/** The coordination features (admin, reminders, broadcasts, reports) and delivery, wired as in src/app.ts. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const t = await createTestDb();
  const clock = fakeClock(options.start ?? '2025-06-02T08:00:00Z');
  const i18n = createI18n();
  const { logger } = captureLogger();
  const now = clock.now;
  const timeZone = 'Africa/Tunis';
  const quietHours = parseQuietHours(options.quietHours ?? 'off', timeZone);
  await ensureCoordinators(
    t.db,
    (options.coordinators ?? ['boss']).map((id) => (id.includes(':') ? id : `console:${id}`)).join(','),
  );
  const scheduler = createScheduler({ db: t.db, now, quietHours, logger });
  const outbox = createOutbox({
    db: t.db,
    logger,
    content: () => createContentLoader(t.db, i18n),
    defaultLocale: 'fr',
    cron: options.cron ?? '* * * * *',
    materialise: () => scheduler.tick(),
    now,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
  });
  const admin = createAdminFeature({ db: t.db, now, timeZone, botUsername: 'JawdaTestBot' });
  const features = [
    createBasicsFeature({ onStartPayload: (ctx, payload) => admin.onStartPayload(ctx, payload) }),
    admin,
    createRemindersFeature({
      db: t.db,
      now,
      timeZone,
      quietHours,
      calendarDir: options.calendarDir ?? resolve(import.meta.dirname, '../../../knowledge'),
    }),
    createBroadcastsFeature({ db: t.db, now, timeZone, quietHours, kick: () => outbox.kick() }),
    createReportsFeature({ db: t.db, now, timeZone, questionnaires: options.questionnaires ?? [] }),
  ];
  const router = createRouter(features, fallbackReply);
  const handle = replying(
    createConversation({
      db: t.db,
      i18n,
      identity: createIdentityService(t.db),
      states: createStateStore(t.db),
      router,
      logger,
      defaultLocale: 'fr',
    }),
  );
  const from = (who: string) => sender({ externalId: who, displayName: who[0]?.toUpperCase() + who.slice(1) });
  const send = (who: string, body: string) => handle(text(from(who), body));
  const core = buildCore(t.db, handle.conversation, logger);
  return {
    ...t,
    clock,
    outbox,
    handle,
    link: core.link,
    send,
    say: async (who, body) => plain(await send(who, body)),
    tap: (who, promptId, values) => handle(choice(from(who), promptId, values)),
    async cleanup() {
      await outbox.stop();
      await core.inbox.close();
      await t.cleanup();
    },
  };
}
