import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import { createApp, type App } from '../../../src/app.ts';
import { createBulkCheck } from '../../../src/channels/whatsapp/contacts.ts';
import { createConfig } from '../../../src/config.ts';
import { freshDatabase } from '../../helpers/db.ts';
import { captureLogger } from '../../helpers/logger.ts';
import { createHarness, startLinked, type Harness } from './harness.ts';

export interface AppHarness extends Harness {
  app: App;
  /** What the application logged (handler failures included). */
  appLogs: Record<string, unknown>[];
  /** Delivers a text to the bot and waits until every reply is sent; returns the texts sent back. */
  say(from: string, body: string): Promise<string[]>;
}

/** The real application (a fresh database of the suite's provider, every feature) behind the real adapter over the stand-in. */
export async function createAppHarness(): Promise<AppHarness> {
  const fresh = await freshDatabase();
  const dir = fresh.dir;
  const config = createConfig({
    DATABASE_URL: fresh.url,
    LOG_LEVEL: 'silent',
    QUIET_HOURS: 'off',
  });
  const appLogger = captureLogger();
  const app = await createApp(config, appLogger.logger);
  const h = createHarness({ dataDir: join(dir, 'whatsapp'), bulkCheck: createBulkCheck(app.db), i18n: app.i18n });
  h.track(app.inbox);
  await startLinked(h, app.link('whatsapp'));
  return {
    ...h,
    app,
    appLogs: appLogger.lines,
    async say(from, body) {
      const before = h.standIn.sent.length;
      h.standIn.live().deliver({ from, body, notifyName: 'Salma Ben Ali' });
      await h.idle();
      return h.standIn.sent
        .slice(before)
        .filter((s) => s.chatId === from && typeof s.content === 'string')
        .map((s) => (s.content as string).replace(/[\u200b\u200e\u200f\u2066-\u2069]/g, ''));
    },
    async cleanup() {
      await h.cleanup();
      await app.close();
      await fresh.drop();
    },
  };
}

/** An SG enrolled in their commune's team, who has written to the bot before. */
export interface Enrolled {
  externalId: string;
  displayName: string;
  locale?: 'fr' | 'ar';
  /** The team's slug; its name and commune default to it. */
  slug: string;
  teamName?: string;
  commune?: string;
}

/** Enrols each person as a participant in a team of their own, in one pilot cohort; gives each one's team id. */
export async function enrol(app: App, people: Enrolled[]): Promise<Map<string, string>> {
  const cohort = await app.db.cohort.create({ data: { name: 'Cohorte 2026' } });
  const teams = new Map<string, string>();
  for (const { externalId, displayName, locale, slug, teamName, commune } of people) {
    const team = await app.db.team.create({
      data: { slug, name: teamName ?? slug, commune: commune ?? slug, cohortId: cohort.id },
    });
    teams.set(externalId, team.id);
    await app.db.person.create({
      data: {
        displayName,
        ...(locale ? { locale } : {}),
        identities: { create: { channel: 'whatsapp', externalId, lastSeenAt: new Date() } },
        roles: { create: { role: 'participant' } },
        teams: { create: { teamId: team.id } },
      },
    });
  }
  return teams;
}

/**
 * The file's harness, made before its tests with `people` enrolled and cleaned up after them: the
 * object is filled in `beforeAll`, so tests use it as it is.
 */
export function useAppHarness(people: Enrolled[]): AppHarness {
  const h = {} as AppHarness;
  beforeAll(async () => {
    Object.assign(h, await createAppHarness());
    await enrol(h.app, people);
  });
  afterAll(() => h.cleanup());
  return h;
}
