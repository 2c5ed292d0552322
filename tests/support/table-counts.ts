/** Row counts of every table of the file's database, to show that something changed nothing. */
import { Prisma } from "~/generated/prisma/client";
import { getDb } from "~/modules/db/db.server";

export async function tableCounts(): Promise<Record<string, number>> {
  const rows = await getDb().$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const counts: Record<string, number> = {};
  for (const { table_name } of rows) {
    const quoted = Prisma.raw(`"${table_name.replaceAll('"', '""')}"`);
    const [result] = await getDb().$queryRaw<Array<{ rows: number }>>`SELECT count(*)::int AS rows FROM ${quoted}`;
    counts[table_name] = result?.rows ?? -1;
  }
  return counts;
}
