import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type App, type AppOptions } from '../../src/app.ts';
import { createConfig } from '../../src/config.ts';
import type { Questionnaire } from '../../src/features/questionnaires/definitions.ts';
import { freshDatabase, type FreshDatabase } from './db.ts';

/**
 * The real application (every feature) on a fresh database of the suite's provider, made before
 * the file's tests and closed after them; `ready` receives it, with the service diagnostic.
 * `options` as createApp takes them (a fixed clock).
 */
export function appForTests(ready: (app: App, diagnostic: Questionnaire) => void, options: AppOptions = {}): void {
  let fresh: FreshDatabase | undefined;
  let app: App | undefined;
  beforeAll(async () => {
    fresh = await freshDatabase();
    app = await createApp(
      createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }),
      pino({ level: 'silent' }),
      options,
    );
    ready(app, app.questionnaires[0] as Questionnaire);
  });
  afterAll(async () => {
    await app?.close();
    await fresh?.drop();
  });
}
