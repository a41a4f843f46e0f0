// Test databases: a temp SQLite file by default, or a fresh PostgreSQL database when the suite
// runs with JAWDA_TEST_DB=postgres (.ci/run does both). Each test gets its own, created and
// dropped here, and migrated through the same path as `npm start`.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { applyMigrations } from '../../src/persistence/migrate.ts';
import { createDb, providerOf, type Db, type Provider } from '../../src/persistence/prisma.ts';

/** The database the suite runs against. */
export const testProvider = (): Provider => (process.env.JAWDA_TEST_DB === 'postgres' ? 'postgresql' : 'sqlite');

/** The placeholder of the n-th parameter of a raw statement on the suite's database: `$1` or `?`. */
export const placeholder = (n: number) => (testProvider() === 'postgresql' ? `$${n}` : '?');

/** The PostgreSQL server where test databases are created (trust authentication on CI). */
export const postgresServerUrl = () => process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface FreshDatabase {
  /** DATABASE_URL of an empty database (not migrated). */
  url: string;
  /** A temp folder for the test's other files (logs, media, exports). */
  dir: string;
  drop(): Promise<void>;
}

/** Runs `work` on a connection to the server's maintenance database (creating, dropping, cutting databases). */
export async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An empty database of the suite's provider, with a temp folder. */
export async function freshDatabase(): Promise<FreshDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'jawda-test-'));
  if (testProvider() === 'sqlite') {
    return {
      url: `file:${join(dir, 'test.db')}`,
      dir,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `jawda_test_${randomUUID().replace(/-/g, '')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(postgresServerUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dir,
    drop: async () => {
      // A bot process killed mid-test may still hold connections: FORCE closes them.
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestDb {
  db: Db;
  url: string;
  dir: string;
  cleanup(): Promise<void>;
}

/** A fresh migrated database and its client. */
export async function createTestDb(): Promise<TestDb> {
  const fresh = await freshDatabase();
  const options = { url: fresh.url, busyTimeoutMs: 5000 };
  await applyMigrations(options);
  const db = createDb(options);
  return {
    db,
    url: fresh.url,
    dir: fresh.dir,
    async cleanup() {
      await db.$disconnect();
      await fresh.drop();
    },
  };
}

/** Runs one read-only query on a database given by URL (SQLite or PostgreSQL), outside Prisma. */
export async function queryRows<T>(url: string, sql: string): Promise<T[]> {
  if (providerOf(url) === 'postgresql') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(url.replace(/^file:/, ''), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
