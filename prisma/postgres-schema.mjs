// The PostgreSQL schema, derived from prisma/schema.prisma: same models, another provider and
// client output. Used by prisma/generate.mjs and checked by a test (the two must agree).

const header =
  '// GENERATED from prisma/schema.prisma by prisma/generate.mjs (npm run db:generate): do not edit.\n' +
  '// Same models; only the provider and the client output differ.\n\n';

/** @param {string} sqlite the content of prisma/schema.prisma */
export function postgresSchema(sqlite) {
  const provider = /(datasource db \{\s*provider\s*=\s*)"sqlite"/;
  const output = /(output\s*=\s*)"\.\.\/src\/generated\/prisma"/;
  if (!provider.test(sqlite) || !output.test(sqlite))
    throw new Error('prisma/schema.prisma: expected provider "sqlite" and output "../src/generated/prisma"');
  return header + sqlite.replace(provider, '$1"postgresql"').replace(output, '$1"../../src/generated/prisma-pg"');
}
