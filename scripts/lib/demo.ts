/**
 * The demo seed for `npm start` (embedded database, or CONVENE_DEMO=1) and
 * `npm run db:seed`, plus the demo staff credentials file.
 *
 * Passphrases are stored only hashed, so the one copy of the demo
 * credentials is `<data dir>/demo-logins.json` (git-ignored, mode 0600),
 * written inside the seeding transaction just before it commits. The file
 * holds one entry per database (host:port/name, never a password), so seeding
 * another server with CONVENE_DEMO=1 does not overwrite the embedded
 * database's logins.
 *
 * Import this module only after DATABASE_URL and the secrets are in
 * process.env: the app modules read the environment on first use.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { getDb } from "../../app/modules/db/db.server.ts";
import { seedDemo, type DemoLogin, type DemoSeedResult } from "../../app/modules/demo/seed-demo.server.ts";
import { seedHagueDemo } from "../../app/modules/demo/seed-hague-demo.server.ts";
import { defaultDataDir } from "./embedded-database.ts";

export type DemoLoginsEntry = {
  /** host:port/database of the seeded server (no credentials). */
  database: string;
  consultationSlug: string;
  createdAt: string;
  accounts: DemoLogin[];
};

type DemoLoginsFile = { version: 1; seeds: DemoLoginsEntry[] };

export function demoLoginsPath(dataDir = process.env.CONVENE_DATA_DIR ?? defaultDataDir): string {
  return path.join(dataDir, "demo-logins.json");
}

/** Identifies a database without its credentials: "host:port/name". */
export function databaseLabel(databaseUrl = process.env.DATABASE_URL ?? ""): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "unknown";
  }
}

async function readLoginsFile(file: string): Promise<DemoLoginsFile | undefined> {
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<DemoLoginsFile>;
  if (parsed.version !== 1 || !Array.isArray(parsed.seeds)) throw new Error(`${file} is not a demo logins file`);
  return parsed as DemoLoginsFile;
}

/** Written to a temporary file first, then renamed; readable by the owner only. */
async function writeLoginsFile(file: string, seeds: DemoLoginsEntry[]): Promise<void> {
  const content: DemoLoginsFile = { version: 1, seeds };
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(content, null, 2) + "\n", { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
}

async function otherSeeds(file: string, database: string): Promise<DemoLoginsEntry[]> {
  const current = await readLoginsFile(file).catch(() => undefined);
  return (current?.seeds ?? []).filter((seed) => seed.database !== database);
}

/** Replaces this database's entry, keeping the others. */
async function saveLogins(file: string, entry: DemoLoginsEntry): Promise<void> {
  await writeLoginsFile(file, [...(await otherSeeds(file, entry.database)), entry]);
}

async function forgetLogins(file: string, database: string): Promise<void> {
  const others = await otherSeeds(file, database);
  if (others.length === 0) await rm(file, { force: true });
  else await writeLoginsFile(file, others);
}

/**
 * Seeds the demo consultation unless it already exists (then nothing is
 * written and the saved credentials stay valid). Returns the new
 * credentials, or null when nothing was seeded.
 */
export async function seedDemoOnce(): Promise<DemoSeedResult | null> {
  const file = demoLoginsPath();
  const database = databaseLabel();
  let wroteFile = false;
  try {
    // The second demo (The Hague; Persian, Dari, Pashto): seeded on its own, also into a database seeded before it existed.
    await seedHagueDemo(getDb());
    return await seedDemo(getDb(), {
      beforeCommit: async (result) => {
        await saveLogins(file, {
          database,
          consultationSlug: result.consultationSlug,
          createdAt: new Date().toISOString(),
          accounts: result.logins,
        });
        wroteFile = true;
      },
    });
  } catch (error) {
    // The transaction rolled back: credentials written for it would be wrong.
    if (wroteFile) await forgetLogins(file, database).catch(() => {});
    throw error;
  }
}

/** The demo staff logins for the current database, ready to print; "" when there are none. */
export async function describeDemoLogins(): Promise<string> {
  const file = demoLoginsPath();
  let saved: DemoLoginsFile | undefined;
  try {
    saved = await readLoginsFile(file);
  } catch {
    return `Demo staff logins: ${file} could not be read.`;
  }
  if (!saved || saved.seeds.length === 0) return "";
  const database = databaseLabel();
  const entry = saved.seeds.find((seed) => seed.database === database);
  if (!entry) return "";
  const rows = entry.accounts.map((account) => [
    account.username,
    `${account.role} @ ${account.organisation}`,
    `passphrase: ${account.passphrase}`,
    `TOTP secret: ${account.totpSecret}`,
  ]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) =>
    `  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}  ${row[3]}`,
  );
  return ["Demo staff logins (sign in at /staff/login):", ...lines].join("\n");
}
