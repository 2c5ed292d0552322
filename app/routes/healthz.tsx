import { databaseAnswers } from "~/modules/db/database-answers.server";

/** 200 when the app and its database answer; 503 otherwise. */
export async function loader() {
  if (await databaseAnswers()) {
    return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
  }
  return new Response("database unavailable", { status: 503, headers: { "Content-Type": "text/plain" } });
}
