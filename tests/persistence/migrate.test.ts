import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyMigrations,
  createMigration,
  defaultPrismaDir,
  diffSchemaFromMigrations,
} from '../../src/persistence/migrate.ts';
import { freshDatabase, queryRows, testProvider } from '../helpers/db.ts';

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'jawda-migrate-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tables(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('migrations through the WebAssembly schema engine', () => {
  it('creates the folder and every table on a fresh database, in WAL mode; a second run changes nothing', async () => {
    const file = join(tempDir(), 'nested', 'deeper', 'jawda.db');
    const options = { url: `file:${file}`, busyTimeoutMs: 2000 };
    const first = await applyMigrations(options);
    expect(first.length).toBe(
      readdirSync(join(defaultPrismaDir, 'migrations')).filter((f) => !f.endsWith('.toml')).length,
    );
    const names = tables(file);
    for (const t of [
      'Person',
      'Identity',
      'PersonRole',
      'Cohort',
      'Team',
      'TeamMember',
      'ConversationState',
      'InboxMessage',
      'AuditEntry',
      '_prisma_migrations',
    ]) {
      expect(names).toContain(t);
    }
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const before = db
      .prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name')
      .all();
    db.close();

    expect(await applyMigrations(options)).toEqual([]);
    const after = new Database(file, { readonly: true });
    expect(
      after
        .prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name')
        .all(),
    ).toEqual(before);
    after.close();
    expect(tables(file)).toEqual(names);
  });

  it('the committed migrations match schema.prisma (no pending diff)', async () => {
    expect(await diffSchemaFromMigrations()).toBe('');
  });

  it('the PostgreSQL schema is the one derived from schema.prisma (one source)', async () => {
    // @ts-expect-error: a plain .mjs script, run by npm install
    const { postgresSchema } = (await import('../../prisma/postgres-schema.mjs')) as {
      postgresSchema: (sqlite: string) => string;
    };
    const derived = postgresSchema(readFileSync(join(defaultPrismaDir, 'schema.prisma'), 'utf8'));
    expect(readFileSync(join(defaultPrismaDir, 'postgres', 'schema.prisma'), 'utf8')).toBe(derived);
    expect(derived).toContain('provider = "postgresql"');
  });

  it.runIf(testProvider() === 'postgresql')(
    'the committed PostgreSQL migrations match the PostgreSQL schema (no pending diff)',
    async () => {
      expect(await diffSchemaFromMigrations('postgresql')).toBe('');
    },
  );

  it.runIf(testProvider() === 'postgresql')(
    'instances starting together on one PostgreSQL database apply each migration once',
    async () => {
      const fresh = await freshDatabase();
      try {
        const runs = await Promise.all([1, 2, 3].map(() => applyMigrations({ url: fresh.url, busyTimeoutMs: 5000 })));
        const committed = readdirSync(join(defaultPrismaDir, 'postgres', 'migrations')).filter(
          (d) => !d.endsWith('.toml'),
        );
        expect(runs.flat().sort()).toEqual(committed.sort());
        const rows = await queryRows<{ migration_name: string }>(
          fresh.url,
          'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL',
        );
        expect(rows.map((r) => r.migration_name).sort()).toEqual(committed.sort());
      } finally {
        await fresh.drop();
      }
    },
  );

  it('db:migration writes a new migration from a schema change, and it applies', async () => {
    const prismaDir = tempDir();
    cpSync(defaultPrismaDir, prismaDir, { recursive: true });
    const schemaPath = join(prismaDir, 'schema.prisma');
    writeFileSync(
      schemaPath,
      `${readFileSync(schemaPath, 'utf8')}\nmodel Note {\n  id   Int    @id @default(autoincrement())\n  body String\n}\n`,
    );
    const folder = await createMigration('add note', 'sqlite', prismaDir, new Date('2030-01-02T03:04:05Z'));
    expect(folder).toMatch(/20300102030405_add_note$/);
    const sql = readFileSync(join(folder as string, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "Note"');
    expect(await createMigration('again', 'sqlite', prismaDir)).toBeNull();

    const file = join(prismaDir, 'db.sqlite');
    const applied = await applyMigrations({ url: `file:${file}`, busyTimeoutMs: 2000, prismaDir });
    expect(applied.at(-1)).toBe('20300102030405_add_note');
    expect(tables(file)).toContain('Note');
    expect(existsSync(join(prismaDir, 'migrations', 'migration_lock.toml'))).toBe(true);
  });

  it('db:migration writes the PostgreSQL migration too, with the schema it leads to', async () => {
    const base = tempDir();
    cpSync(defaultPrismaDir, base, { recursive: true });
    const pgDir = join(base, 'postgres');
    const schemaPath = join(pgDir, 'schema.prisma');
    writeFileSync(
      schemaPath,
      `${readFileSync(schemaPath, 'utf8')}\nmodel Note {\n  id   Int    @id @default(autoincrement())\n  body String\n}\n`,
    );
    const folder = await createMigration('add note', 'postgresql', pgDir, new Date('2030-01-02T03:04:05Z'));
    expect(folder).toMatch(/20300102030405_add_note$/);
    const sql = readFileSync(join(folder as string, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "Note"');
    expect(sql).toContain('SERIAL');
    expect(readFileSync(join(folder as string, 'schema.prisma'), 'utf8')).toContain('model Note');
    expect(await createMigration('again', 'postgresql', pgDir)).toBeNull();
  });
});
