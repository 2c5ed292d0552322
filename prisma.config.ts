// Prisma 7 reads the schema location from here. The database URL is only
// used by the Prisma CLI on machines that have its native engine; this
// project applies migrations with scripts/db-migrate.ts instead.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/convene" },
});
