import { defineConfig } from 'prisma/config';

// The CLI is only used for `prisma generate` here (migrations are plain SQL applied by
// scripts/migrate.ts), so the datasource URL is optional.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unused' },
});
