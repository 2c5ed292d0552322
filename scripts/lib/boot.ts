/**
 * What every command-line entry point does first: connect to the database
 * (DATABASE_URL, or the embedded server with its local secrets), apply
 * pending migrations as the owner, and point DATABASE_URL at the app's
 * least-privilege role (scripts/lib/app-role.ts). App modules must be
 * imported only after this, since they read DATABASE_URL and the secrets on
 * first use.
 */
import { embeddedAppRole, ensureAppRole, grantAppPrivileges, userOf, withCredentials } from "./app-role.ts";
import { connectDatabase } from "./database-url.ts";
import { defaultDataDir, readOrCreatePassword, type RunningDatabase } from "./embedded-database.ts";
import { ensureLocalSecrets } from "./local-secrets.ts";
import { applyMigrations } from "./migrations.ts";
import { installJobQueue } from "../../app/modules/jobs/job-queue.server.ts";

export type BootedDatabase = RunningDatabase & {
  /** The owner's URL (migrations, maintenance); `url` is the app role's. */
  ownerUrl: string;
  usingEmbedded: boolean;
  appliedMigrations: string[];
};

export async function bootDatabase(): Promise<BootedDatabase> {
  const usingEmbedded = !process.env.DATABASE_URL;
  const database = await connectDatabase();
  const ownerUrl = database.url;
  if (usingEmbedded) await ensureLocalSecrets();
  let appliedMigrations: string[];
  try {
    appliedMigrations = await applyMigrations(ownerUrl);
    // pg-boss's schema and queues are DDL: the owner installs them, the app role only uses them.
    await installJobQueue(ownerUrl);
  } catch (error) {
    await database.stop();
    throw new Error(
      `A database migration failed, so nothing else was started.\n${error instanceof Error ? error.message : String(error)}\n` +
        "Fix the migration (or the database) and run the command again.",
    );
  }
  let appUrl: string;
  try {
    appUrl = await prepareAppRole(ownerUrl, usingEmbedded);
  } catch (error) {
    await database.stop();
    throw new Error(
      `Could not give the app's database role its rights: ${error instanceof Error ? error.message : String(error)}. ` +
        "See README, Configuration (CONVENE_OWNER_DATABASE_URL).",
    );
  }
  process.env.DATABASE_URL = appUrl;
  // For maintenance that needs the owner (e.g. VACUUM FULL); the app's own queries never use it.
  process.env.CONVENE_OWNER_DATABASE_URL = ownerUrl;
  return { ...database, url: appUrl, ownerUrl, usingEmbedded, appliedMigrations };
}

/**
 * Embedded: the `convene_app` role, password generated into the data folder.
 * DATABASE_URL given with a separate CONVENE_OWNER_DATABASE_URL: the role in
 * DATABASE_URL (created by whoever runs the server) gets the same rights.
 * DATABASE_URL alone: nothing to do; the app connects as that user.
 */
async function prepareAppRole(ownerUrl: string, usingEmbedded: boolean): Promise<string> {
  if (usingEmbedded) {
    const password = await readOrCreatePassword(process.env.CONVENE_DATA_DIR ?? defaultDataDir, "app-password");
    await ensureAppRole(ownerUrl, embeddedAppRole, password);
    await grantAppPrivileges(ownerUrl, embeddedAppRole);
    return withCredentials(ownerUrl, embeddedAppRole, password);
  }
  const appUrl = process.env.DATABASE_URL!;
  const appUser = userOf(appUrl);
  if (appUser && appUser !== userOf(ownerUrl)) await grantAppPrivileges(ownerUrl, appUser);
  return appUrl;
}

/**
 * For command-line entry points: a start-up failure is printed as its
 * message (the embedded server's are one line with the fix), never as a
 * stack trace, and the command exits with 1.
 */
export async function orExit<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    console.error(`Start-up stopped. ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
