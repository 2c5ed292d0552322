import { getDb } from "./db.server";

/** Whether the database answers a trivial query: what /healthz reports. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
