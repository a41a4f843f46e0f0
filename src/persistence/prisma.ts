import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import Database from 'better-sqlite3';
import { PrismaClient } from '../generated/prisma/client.ts';
import { PrismaClient as PgPrismaClient } from '../generated/prisma-pg/client.ts';
import { serialise } from './sqlite-serial.ts';

/**
 * The database client the code uses. Both clients come from the same models (prisma/schema.prisma
 * and the PostgreSQL schema derived from it), so they have the same API; the SQLite one names it.
 */
export type Db = InstanceType<typeof PrismaClient>;

export interface DatabaseOptions {
  /** `file:<path>` (SQLite; a relative path is taken from the working directory) or `postgresql://…`. */
  url: string;
  /** SQLite's busy timeout; PostgreSQL waits for locks on its own. */
  busyTimeoutMs: number;
}

export type Provider = 'sqlite' | 'postgresql';

/** Which database a URL names: `postgres://` or `postgresql://` is PostgreSQL, anything else SQLite. */
export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgresql' : 'sqlite';
}

/** Absolute path of the SQLite file named by a `file:` URL. */
export function sqliteFilePath(url: string): string {
  return resolve(url.replace(/^file:/, ''));
}

/**
 * Creates the database folder and switches the file to WAL (readers never block the writer;
 * the mode is stored in the file, so this is done once per file).
 */
export function prepareSqliteFile(options: DatabaseOptions): string {
  const path = sqliteFilePath(options.url);
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: options.busyTimeoutMs });
  try {
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
  return path;
}

export function createAdapterFactory(options: DatabaseOptions): PrismaBetterSqlite3 {
  // better-sqlite3's `timeout` is SQLite's busy timeout: wait for a lock instead of failing.
  return new PrismaBetterSqlite3({ url: `file:${sqliteFilePath(options.url)}`, timeout: options.busyTimeoutMs });
}

/**
 * A plain Prisma client over the driver adapter: on SQLite one statement or transaction at a
 * time (see sqlite-serial.ts), on PostgreSQL over a connection pool.
 */
export function createDb(options: DatabaseOptions): Db {
  if (providerOf(options.url) === 'postgresql') {
    // Same models, same API: the PostgreSQL client stands for the SQLite one's type.
    return new PgPrismaClient({
      adapter: new PrismaPg({ connectionString: options.url }),
      errorFormat: 'minimal',
    }) as unknown as Db;
  }
  return new PrismaClient({ adapter: serialise(createAdapterFactory(options)), errorFormat: 'minimal' });
}
