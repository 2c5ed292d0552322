/**
 * Runs `prisma generate` without the native schema engine.
 *
 * Why: the Prisma 7 CLI wants to download a native schema engine, which this
 * project's machines cannot reach. `generate` never executes that engine, so
 * pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file is enough.
 * Migrations use the WebAssembly engine instead (scripts/db-migrate.ts).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
