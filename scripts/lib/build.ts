/**
 * The production bundle, rebuilt only when it is missing or older than its
 * sources (so `npm start` and the HTTP tests never serve stale code, and
 * never wait for a build they do not need).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./migrations.ts";

/**
 * Where the bundle goes: `build/`, or CONVENE_BUILD_DIR (the e2e server uses
 * its own, so rebuilding `build/` for other tests never pulls assets from
 * under a running browser test). vite.config.ts reads the same variable.
 */
export const buildDirectory = path.resolve(projectRoot, process.env.CONVENE_BUILD_DIR ?? "build");
const sources = ["app", "locales", "public", "vite.config.ts", "package-lock.json"];

function newestModification(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce(
    (newest, name) =>
      name === "generated" || name.endsWith(".test.ts") ? newest : Math.max(newest, newestModification(path.join(target, name))),
    stats.mtimeMs,
  );
}

export function isBuildStale(): boolean {
  const built = newestModification(path.join(buildDirectory, "server/index.js"));
  return built < Math.max(...sources.map((entry) => newestModification(path.join(projectRoot, entry))));
}

/** Builds when stale; throws if the build fails. Returns whether it built. */
export function buildIfStale(): boolean {
  if (!isBuildStale()) return false;
  // Always a production bundle: under Vitest NODE_ENV is "test", and Vite would keep it, bundling React's
  // development build into build/ — which `npm start` then serves as it is, since it is not stale.
  const result = spawnSync("npx", ["remix", "vite:build"], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error("The production build failed; see the messages above.");
  return true;
}
