// postinstall: generates the Prisma client into src/generated/prisma.
// `prisma generate` does not run the schema engine, but the CLI looks for its binary first and
// would try to download it. Where no engine binary is installed (offline machines), point
// PRISMA_SCHEMA_ENGINE_BINARY at an existing file so nothing is fetched. On a connected machine
// with the engine downloaded, the CLI is left exactly as usual.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const enginesDir = dirname(require.resolve('@prisma/engines/package.json'));
  const hasEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith('schema-engine'));
  if (!hasEngine) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const cli = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
const result = spawnSync(process.execPath, [cli, 'generate', '--schema', join(import.meta.dirname, 'schema.prisma')], {
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
