import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { PrismaClient } from '../generated/prisma/client.ts';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { installChangeWatch } from './changes.ts';
import { holdForTransaction, installGroupCommit } from './group-commit.ts';
import { connectionOf, registerHotSql, type ConnectionSlot } from './hot-sql.ts';

export type Db = InstanceType<typeof PrismaClient>;

export interface DatabaseOptions {
  /** `file:<path>`; a relative path is taken from the working directory. */
  url: string;
  busyTimeoutMs: number;
  /**
   * WAL size (pages) at which a commit copies the WAL back itself; SQLite's default is 1,000.
   * Raised when a background checkpointer does that work (see checkpointer.ts).
   */
  walAutocheckpointPages?: number;
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
 * Per-message writes wait while a Prisma transaction is open on the shared connection (see
 * group-commit.ts): the hold starts before its BEGIN and ends once Prisma has committed or rolled
 * it back (it calls the transaction's `commit` or `rollback` after running the SQL).
 */
function holdWritesDuringTransactions(adapter: SqlDriverAdapter, connection: Database.Database): void {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = holdForTransaction(connection);
    try {
      const transaction = await start(isolationLevel);
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      transaction.commit = () => commit().finally(release);
      transaction.rollback = () => rollback().finally(release);
      return transaction;
    } catch (error) {
      release();
      throw error;
    }
  };
}

export function createDb(options: DatabaseOptions): Db {
  const factory = createAdapterFactory(options);
  // The per-message statements run on Prisma's own connection (see hot-sql.ts): remember it.
  const slot: ConnectionSlot = {};
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const connection = connectionOf(adapter);
    slot.current = connection;
    if (connection) {
      installGroupCommit(connection);
      installChangeWatch(connection);
      holdWritesDuringTransactions(adapter, connection);
    }
    if (options.walAutocheckpointPages !== undefined) slot.current?.pragma(`wal_autocheckpoint = ${Math.floor(options.walAutocheckpointPages)}`);
    return adapter;
  };
  const db = new PrismaClient({ adapter: factory });
  registerHotSql(db, slot);
  return db;
}
