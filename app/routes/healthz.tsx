import { getDb } from "~/modules/db/db.server";

/** 200 when the app and its database answer; 503 otherwise. */
export async function loader() {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
  } catch {
    return new Response("database unavailable", { status: 503, headers: { "Content-Type": "text/plain" } });
  }
}
