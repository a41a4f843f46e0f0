// `npm run db:migration -- <name>`: writes a new migration from the difference between the
// committed migrations and prisma/schema.prisma, without any Prisma engine binary.
import { createMigration } from './migrate.ts';

const name = process.argv.slice(2).join('_');
if (!name) {
  console.error('Usage: npm run db:migration -- <name>');
  process.exit(2);
}
const folder = await createMigration(name);
console.log(folder ? `Wrote ${folder}/migration.sql` : 'No change: schema.prisma matches the committed migrations.');
