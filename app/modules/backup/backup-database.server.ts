/**
 * `npm run admin -- backup <file>`: the whole database in pg_dump's custom
 * format (compressed, restorable table by table).
 *
 * What a backup holds is what the database holds: ciphertext and wrapped
 * data keys, never the master key (that stays in the environment, and a
 * backup is unreadable without it). A contribution withdrawn before the
 * backup has no key in it, since pg_dump copies live rows only.
 */
import { matchingTool, runTool } from "./postgres-tools.server";

export async function backupDatabase(ownerUrl: string, file: string): Promise<void> {
  const pgDump = await matchingTool("pg_dump", ownerUrl);
  // --no-owner/--no-privileges: the file restores into a server whose roles differ; restore grants again.
  await runTool(pgDump, ["--format=custom", "--no-owner", "--no-privileges", "--file", file, "--dbname", ownerUrl]);
}
