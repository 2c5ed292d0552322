/**
 * Where the end-to-end app runs. Its own port, data folder and embedded
 * PostgreSQL port, so it never meets a developer's `npm start` (3000,
 * .data/, 54329) or the Vitest database.
 */
// Overridable so two checkouts can run their suites side by side.
export const e2ePort = Number(process.env.E2E_PORT ?? 3210);
export const appOrigin = `http://127.0.0.1:${e2ePort}`;
/** Relative to the project root. */
export const e2eDataDir = ".data/e2e";
export const e2eDatabasePort = Number(process.env.E2E_DATABASE_PORT ?? 54349);
export const e2eDatabaseName = "convene";
/**
 * The app's default neutral destination, passed to the server explicitly so
 * a developer's own QUICK_EXIT_URL cannot change what the tests expect. It is
 * never contacted: e2e/fixtures.ts answers it with a stub page.
 */
export const defaultQuickExitUrl = "https://www.bbc.co.uk/weather";
/** The demo consultation that `npm start` seeds on the embedded database. */
export const demoSlug = "bogota-2026";
