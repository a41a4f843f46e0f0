import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import Database from 'better-sqlite3';
import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { createAdapterFactory, prepareSqliteFile, providerOf, type DatabaseOptions, type Provider } from './prisma.ts';
import { openSchemaEngine, type SchemaFile } from './schema-engine.ts';

export const defaultPrismaDir = resolve(import.meta.dirname, '../../prisma');
const noFilters = { externalTables: [], externalEnums: [] };

/** Where each provider's schema and migrations live: prisma/ (SQLite), prisma/postgres/ (derived). */
export function prismaDirFor(provider: Provider, base = defaultPrismaDir): string {
  return provider === 'postgresql' ? join(base, 'postgres') : base;
}

/** A PostgreSQL server the schema engine is built on when it computes PostgreSQL migrations (it does not connect). */
export const migrationServerUrl = () =>
  process.env.MIGRATION_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface MigrateOptions extends DatabaseOptions {
  /** Folder holding schema.prisma and migrations/ (default: the project's, per provider). */
  prismaDir?: string;
  onLog?: (line: string) => void;
}

async function readSchema(prismaDir: string): Promise<SchemaFile> {
  const path = join(prismaDir, 'schema.prisma');
  return { path, content: await readFile(path, 'utf8') };
}

/** The committed migrations, in the shape the schema engine expects (as the Prisma CLI builds it). */
export async function readMigrations(prismaDir: string): Promise<MigrationList> {
  const baseDir = join(prismaDir, 'migrations');
  const lockPath = join(baseDir, 'migration_lock.toml');
  const entries = existsSync(baseDir) ? await readdir(baseDir, { withFileTypes: true }) : [];
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (path) => {
      const file = join(baseDir, path, 'migration.sql');
      const content = existsSync(file)
        ? { tag: 'ok' as const, value: await readFile(file, 'utf8') }
        : { tag: 'error' as const, value: `missing ${file}` };
      return { path, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Names of the migrations recorded as applied, or null when the table does not exist yet. */
type AppliedReader = () => Promise<Set<string> | null>;

const appliedQuery =
  'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL';

function sqliteApplied(path: string, busyTimeoutMs: number): AppliedReader {
  return async () => {
    const db = new Database(path, { timeout: busyTimeoutMs, readonly: true });
    try {
      const table = db
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
        .get();
      if (!table) return null;
      return new Set((db.prepare(appliedQuery).all() as { name: string }[]).map((r) => r.name));
    } finally {
      db.close();
    }
  };
}

function postgresApplied(url: string): AppliedReader {
  return async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const table = await client.query("SELECT to_regclass('_prisma_migrations') AS t");
      if (!(table.rows[0] as { t: string | null }).t) return null;
      return new Set((await client.query<{ name: string }>(appliedQuery)).rows.map((r) => r.name));
    } finally {
      await client.end();
    }
  };
}

/** Whether every committed migration is recorded as applied in the database's _prisma_migrations. */
async function allApplied(read: AppliedReader, migrations: MigrationList): Promise<boolean> {
  const applied = await read();
  return applied !== null && migrations.migrationDirectories.every((m) => applied.has(m.path));
}

/**
 * Creates the database (SQLite file) if needed and applies pending committed migrations of its
 * provider, recording them in the standard `_prisma_migrations` table. Returns the names applied
 * now. On PostgreSQL the schema engine takes an advisory lock: instances starting together apply
 * each migration once.
 */
export async function applyMigrations(options: MigrateOptions): Promise<string[]> {
  const provider = providerOf(options.url);
  const prismaDir = options.prismaDir ?? prismaDirFor(provider);
  const migrations = await readMigrations(prismaDir);
  const sqlite = provider === 'sqlite';
  const read = sqlite ? sqliteApplied(prepareSqliteFile(options), options.busyTimeoutMs) : postgresApplied(options.url);
  // Nothing to apply (every start but the first after an upgrade): the schema engine, which
  // needs a SQLite file to itself, is not opened, so a script or a process still reading it is fine.
  if (await allApplied(read, migrations)) return [];
  const factory = sqlite ? createAdapterFactory(options) : new PrismaPg({ connectionString: options.url });
  const { engine, close } = await openSchemaEngine(factory, await readSchema(prismaDir), options.onLog);
  try {
    const result = await engine.applyMigrations({ migrationsList: migrations, filters: noFilters });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** The schema a PostgreSQL migration folder brings the database to, kept beside its migration.sql. */
export const snapshotFile = 'schema.prisma';

/**
 * Where the committed migrations of a provider leave the database. SQLite: the migrations
 * themselves, replayed on an in-memory shadow database. PostgreSQL: the schema snapshot of the
 * latest migration — diffing two datamodels needs no database (the WebAssembly engine cannot
 * describe a PostgreSQL shadow database through the driver adapter).
 */
async function migrationsState(provider: Provider, prismaDir: string) {
  const migrations = await readMigrations(prismaDir);
  if (migrations.migrationDirectories.length === 0) return { tag: 'empty' as const };
  if (provider === 'sqlite') return { tag: 'migrations' as const, ...migrations };
  const latest = migrations.migrationDirectories.at(-1)?.path ?? '';
  const path = join(migrations.baseDir, latest, snapshotFile);
  if (!existsSync(path)) throw new Error(`${path} is missing: each PostgreSQL migration keeps the schema it leads to`);
  return { tag: 'schemaDatamodel' as const, files: [{ path, content: await readFile(path, 'utf8') }] };
}

/**
 * SQL that takes a database from the committed migrations of a provider to its current schema
 * (empty when they agree).
 */
export async function diffSchemaFromMigrations(
  provider: Provider = 'sqlite',
  prismaDir = prismaDirFor(provider),
  onLog?: (line: string) => void,
): Promise<string> {
  const schema = await readSchema(prismaDir);
  // No connection is made to a real database: SQLite's shadow lives in memory, PostgreSQL's diff
  // compares two datamodels (the adapter is only what the engine is built on).
  const factory =
    provider === 'sqlite'
      ? new PrismaBetterSqlite3({ url: ':memory:' })
      : new PrismaPg(parseIntoClientConfig(migrationServerUrl()));
  const { engine, close } = await openSchemaEngine(factory, schema, onLog);
  try {
    const result = await engine.diff({
      from: await migrationsState(provider, prismaDir),
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? '';
    return /^\s*(--.*\n?)*\s*$/.test(sql) || sql.includes('This is an empty migration') ? '' : sql;
  } finally {
    await close();
  }
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14);
}

/**
 * Writes `<prisma dir of the provider>/migrations/<timestamp>_<name>/migration.sql` from the
 * schema diff; null when nothing changed.
 */
export async function createMigration(
  name: string,
  provider: Provider = 'sqlite',
  prismaDir = prismaDirFor(provider),
  now = new Date(),
): Promise<string | null> {
  const sql = await diffSchemaFromMigrations(provider, prismaDir);
  if (!sql) return null;
  const safeName =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'migration';
  const baseDir = join(prismaDir, 'migrations');
  const folder = join(baseDir, `${timestamp(now)}_${safeName}`);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'migration.sql'), sql);
  if (provider === 'postgresql') await writeFile(join(folder, snapshotFile), (await readSchema(prismaDir)).content);
  const lockPath = join(baseDir, 'migration_lock.toml');
  if (!existsSync(lockPath)) {
    await writeFile(
      lockPath,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    );
  }
  return folder;
}
