/**
 * Unit and integration tests. Integration tests use a real PostgreSQL, one
 * database per test file (tests/global-setup.ts, tests/setup/per-file-database.ts).
 * The Remix plugin is deliberately not loaded: tests import modules directly.
 * Playwright's e2e/ suite runs separately (`npm run test:e2e`).
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  test: {
    environment: "node",
    include: ["app/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**", "build/**", ".data/**"],
    globalSetup: ["./tests/global-setup.ts"],
    setupFiles: ["./tests/setup/per-file-database.ts"],
    // Separate processes: each file gets a fresh globalThis (db.server.ts keeps its client there).
    pool: "forks",
    // Two cores: two files at a time, plus the PostgreSQL server.
    maxWorkers: 2,
    // Creating a database and loading the WebAssembly migration engine take a
    // few seconds on a busy machine; assertions themselves are quick.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
