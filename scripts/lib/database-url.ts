import { startEmbeddedDatabase, type RunningDatabase } from "./embedded-database.ts";

/**
 * The owner's connection: CONVENE_OWNER_DATABASE_URL (or DATABASE_URL when
 * the app and the owner are the same role) when DATABASE_URL is set;
 * otherwise the project's embedded PostgreSQL, as its superuser. Migrations
 * and administrative statements use this; the app itself connects as the
 * role bootDatabase() puts in DATABASE_URL.
 */
export async function connectDatabase(): Promise<RunningDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url: process.env.CONVENE_OWNER_DATABASE_URL || url, stop: async () => {} };
  return startEmbeddedDatabase({ dataDir: process.env.CONVENE_DATA_DIR, port: embeddedPort() });
}

function embeddedPort(): number | undefined {
  const port = process.env.EMBEDDED_POSTGRES_PORT;
  return port ? Number(port) : undefined;
}
