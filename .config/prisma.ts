// Prisma CLI configuration (Prisma 7 reads .config/prisma.ts). Jawda itself never needs the
// CLI's engine binary, but on a connected machine `npx prisma migrate dev|status|deploy` works
// as usual on the same schema and migrations folder.
import { join } from 'node:path';
import { defineConfig } from 'prisma/config';

const root = join(import.meta.dirname, '..');

export default defineConfig({
  schema: join(root, 'prisma', 'schema.prisma'),
  migrations: { path: join(root, 'prisma', 'migrations') },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/jawda.db' },
});
