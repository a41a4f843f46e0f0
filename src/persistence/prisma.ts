import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { PrismaClient } from '../generated/prisma/client.ts';
import { serialise } from './sqlite-serial.ts';

export type Db = InstanceType<typeof PrismaClient>;

export interface DatabaseOptions {
  /** `file:<path>`; a relative path is taken from the working directory. */
  url: string;
  busyTimeoutMs: number;
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

/** A plain Prisma client over the driver adapter, one statement or transaction at a time (see sqlite-serial.ts). */
export function createDb(options: DatabaseOptions): Db {
  return new PrismaClient({ adapter: serialise(createAdapterFactory(options)) });
}
