import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase, queryDatabase } from "../../tests/support/scratch-database.ts";
import { applyMigrations, migrationsDir } from "./migrations.ts";

type MigrationRecord = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

async function migrationFolderNames(directory: string): Promise<string[]> {
  const names = [];
  for (const entry of (await readdir(directory)).sort()) {
    if ((await stat(path.join(directory, entry))).isDirectory()) names.push(entry);
  }
  return names;
}

async function tableExists(databaseUrl: string, table: string): Promise<boolean> {
  const rows = await queryDatabase<{ found: string | null }>(databaseUrl, "SELECT to_regclass($1) AS found", [
    `public."${table}"`,
  ]);
  return rows[0]?.found != null;
}

describe("prisma/migrations", () => {
  it("uses Prisma's standard folder layout, so `prisma migrate deploy` can read it too", async () => {
    const folders = await migrationFolderNames(migrationsDir);
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      expect(folder).toMatch(/^\d{14}_[a-z0-9_]+$/);
      const sql = await readFile(path.join(migrationsDir, folder, "migration.sql"), "utf8");
      expect(sql.trim(), `${folder}/migration.sql is empty`).not.toBe("");
    }
    const lockfile = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8");
    expect(lockfile).toMatch(/^provider\s*=\s*"postgresql"\s*$/m);
  });
});

describe("applyMigrations", () => {
  it("applies every migration to an empty database, records it, then has nothing left to apply", async () => {
    const databaseUrl = await createScratchDatabase({ migrated: false });
    const folders = await migrationFolderNames(migrationsDir);

    expect(await applyMigrations(databaseUrl)).toEqual(folders);
    expect(folders[0]).toMatch(/_init$/);

    const records = await queryDatabase<MigrationRecord>(
      databaseUrl,
      'SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(records.map((record) => record.migration_name)).toEqual(folders);
    for (const record of records) {
      expect(record.finished_at).not.toBeNull();
      expect(record.rolled_back_at).toBeNull();
    }

    expect(await applyMigrations(databaseUrl)).toEqual([]);
  });

  describe("with a migration that fails part-way", () => {
    const brokenName = "29991231000000_broken_on_purpose";
    const probeTable = "BrokenMigrationProbe";
    let brokenDir: string;

    afterAll(async () => {
      if (brokenDir) await rm(brokenDir, { recursive: true, force: true });
    });

    it("rejects naming the migration and leaves none of its changes behind", async () => {
      brokenDir = await mkdtemp(path.join(tmpdir(), "convene-migrations-"));
      await cp(migrationsDir, brokenDir, { recursive: true });
      await mkdir(path.join(brokenDir, brokenName));
      // The first statement succeeds on its own; the second fails. Applied
      // statement by statement, the probe table would survive the failure.
      await writeFile(
        path.join(brokenDir, brokenName, "migration.sql"),
        `CREATE TABLE "${probeTable}" ("id" INTEGER);\nINSERT INTO "TableThatDoesNotExist" VALUES (1);\n`,
      );
      const databaseUrl = await createScratchDatabase({ migrated: false });

      await expect(applyMigrations(databaseUrl, brokenDir)).rejects.toThrow(brokenName);

      expect(await tableExists(databaseUrl, probeTable)).toBe(false);
      // The migrations before it were applied and committed as usual.
      expect(await tableExists(databaseUrl, "AuditEvent")).toBe(true);
      const records = await queryDatabase<MigrationRecord>(
        databaseUrl,
        'SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = $1',
        [brokenName],
      );
      // Recorded as failed (unfinished), so a later deploy stops until someone resolves it.
      expect(records.map((record) => record.finished_at)).toEqual([null]);
    });
  });
});
