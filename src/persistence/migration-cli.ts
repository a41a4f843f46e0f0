// `npm run db:migration -- <name>`: writes a new migration for SQLite and one for PostgreSQL from
// the difference between each provider's committed migrations and prisma/schema.prisma (run
// `npm run db:generate` first, which derives the PostgreSQL schema), without any engine binary.
// A PostgreSQL migration folder keeps the schema it leads to: the next diff starts from it.
import { createMigration } from './migrate.ts';

const name = process.argv.slice(2).join('_');
if (!name) {
  console.error('Usage: npm run db:migration -- <name>');
  process.exit(2);
}
for (const provider of ['sqlite', 'postgresql'] as const) {
  const folder = await createMigration(name, provider);
  console.log(
    folder ? `Wrote ${folder}/migration.sql` : `${provider}: no change, the schema matches the committed migrations.`,
  );
}
