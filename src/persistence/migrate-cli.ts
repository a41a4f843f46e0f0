// `npm run db:migrate`: applies pending migrations to DATABASE_URL without starting the bot
// (`npm start` does the same on its own at every start).
import { ConfigError, loadConfig } from '../config.ts';
import { applyMigrations } from './migrate.ts';

try {
  const config = loadConfig();
  const applied = await applyMigrations({ url: config.DATABASE_URL, busyTimeoutMs: config.SQLITE_BUSY_TIMEOUT_MS });
  console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
