import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { createAdapterFactory, prepareSqliteFile, type DatabaseOptions } from './prisma.ts';
import { openSchemaEngine, type SchemaFile } from './schema-engine.ts';

export const defaultPrismaDir = resolve(import.meta.dirname, '../../prisma');
const noFilters = { externalTables: [], externalEnums: [] };

export interface MigrateOptions extends DatabaseOptions {
  /** Folder holding schema.prisma and migrations/ (default: the project's prisma/). */
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

/** Whether every committed migration is recorded as applied in the database's _prisma_migrations. */
function allApplied(path: string, busyTimeoutMs: number, migrations: MigrationList): boolean {
  const db = new Database(path, { timeout: busyTimeoutMs, readonly: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return false;
    const rows = db
      .prepare(
        'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      )
      .all() as { name: string }[];
    const applied = new Set(rows.map((r) => r.name));
    return migrations.migrationDirectories.every((m) => applied.has(m.path));
  } finally {
    db.close();
  }
}

/**
 * Creates the database file if needed and applies pending committed migrations, recording them
 * in the standard `_prisma_migrations` table. Returns the names applied now.
 */
export async function applyMigrations(options: MigrateOptions): Promise<string[]> {
  const prismaDir = options.prismaDir ?? defaultPrismaDir;
  const path = prepareSqliteFile(options);
  const migrations = await readMigrations(prismaDir);
  // Nothing to apply (every start but the first after an upgrade): the schema engine, which
  // needs the file to itself, is not opened, so a script or a process still reading it is fine.
  if (allApplied(path, options.busyTimeoutMs, migrations)) return [];
  const { engine, close } = await openSchemaEngine(
    createAdapterFactory(options),
    await readSchema(prismaDir),
    options.onLog,
  );
  try {
    const result = await engine.applyMigrations({ migrationsList: migrations, filters: noFilters });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * SQL that takes a database from the committed migrations to the current schema.prisma
 * (empty when they agree). Computed on an in-memory shadow database.
 */
export async function diffSchemaFromMigrations(
  prismaDir = defaultPrismaDir,
  onLog?: (line: string) => void,
): Promise<string> {
  const schema = await readSchema(prismaDir);
  // The diff runs on the engine's shadow database (in memory); the main connection stays unused.
  const { engine, close } = await openSchemaEngine(new PrismaBetterSqlite3({ url: ':memory:' }), schema, onLog);
  try {
    const migrations = await readMigrations(prismaDir);
    const from =
      migrations.migrationDirectories.length === 0
        ? { tag: 'empty' as const }
        : { tag: 'migrations' as const, ...migrations };
    const result = await engine.diff({
      from,
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

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema diff; null when nothing changed. */
export async function createMigration(
  name: string,
  prismaDir = defaultPrismaDir,
  now = new Date(),
): Promise<string | null> {
  const sql = await diffSchemaFromMigrations(prismaDir);
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
  const lockPath = join(baseDir, 'migration_lock.toml');
  if (!existsSync(lockPath)) {
    await writeFile(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n',
    );
  }
  return folder;
}
