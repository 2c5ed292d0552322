import { startEmbeddedDatabase, type RunningDatabase } from "./embedded-database.ts";

/** DATABASE_URL when set; otherwise the project's embedded PostgreSQL. */
export async function connectDatabase(): Promise<RunningDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {} };
  return startEmbeddedDatabase({ dataDir: process.env.CONVENE_DATA_DIR, port: embeddedPort() });
}

function embeddedPort(): number | undefined {
  const port = process.env.EMBEDDED_POSTGRES_PORT;
  return port ? Number(port) : undefined;
}
