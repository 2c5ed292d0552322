/**
 * What every command-line entry point does first: connect to the database
 * (DATABASE_URL, or the embedded server with its local secrets) and apply
 * pending migrations. App modules must be imported only after this, since
 * they read DATABASE_URL and the secrets on first use.
 */
import { connectDatabase } from "./database-url.ts";
import type { RunningDatabase } from "./embedded-database.ts";
import { ensureLocalSecrets } from "./local-secrets.ts";
import { applyMigrations } from "./migrations.ts";

export type BootedDatabase = RunningDatabase & { usingEmbedded: boolean; appliedMigrations: string[] };

export async function bootDatabase(): Promise<BootedDatabase> {
  const usingEmbedded = !process.env.DATABASE_URL;
  const database = await connectDatabase();
  process.env.DATABASE_URL = database.url;
  if (usingEmbedded) await ensureLocalSecrets();
  try {
    const appliedMigrations = await applyMigrations(database.url);
    return { ...database, usingEmbedded, appliedMigrations };
  } catch (error) {
    await database.stop();
    throw new Error(
      `A database migration failed, so nothing else was started.\n${error instanceof Error ? error.message : String(error)}\n` +
        "Fix the migration (or the database) and run the command again.",
    );
  }
}
