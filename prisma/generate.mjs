// postinstall: derives the PostgreSQL schema from prisma/schema.prisma (the one schema source),
// then generates both Prisma clients: src/generated/prisma (SQLite, the embedded default) and
// src/generated/prisma-pg (PostgreSQL). Prisma ties a client to one provider, so the second
// schema differs from the first only in its provider and output.
// `prisma generate` does not run the schema engine, but the CLI looks for its binary first and
// would try to download it. Where no engine binary is installed (offline machines), point
// PRISMA_SCHEMA_ENGINE_BINARY at an existing file so nothing is fetched. On a connected machine
// with the engine downloaded, the CLI is left exactly as usual.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { postgresSchema } from './postgres-schema.mjs';

const require = createRequire(import.meta.url);
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const enginesDir = dirname(require.resolve('@prisma/engines/package.json'));
  const hasEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith('schema-engine'));
  if (!hasEngine) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const cli = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js');

const source = join(import.meta.dirname, 'schema.prisma');
const postgres = join(import.meta.dirname, 'postgres', 'schema.prisma');
mkdirSync(dirname(postgres), { recursive: true });
const derived = postgresSchema(readFileSync(source, 'utf8'));
if (!existsSync(postgres) || readFileSync(postgres, 'utf8') !== derived) writeFileSync(postgres, derived);

for (const schema of [source, postgres]) {
  const result = spawnSync(process.execPath, [cli, 'generate', '--schema', schema], { env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
