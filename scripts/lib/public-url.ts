/**
 * One rule for the address Convene is reached at, used by `npm start` (what
 * it prints and records) and by `npm run admin` (the links it prints):
 *
 *   1. CONVENE_PUBLIC_URL, when set (a deployment behind a proxy or a domain);
 *   2. otherwise http://localhost:$PORT, PORT as the server reads it;
 *   3. for the CLI without either: the address the last server started from
 *      this folder recorded in .data/server-url, so a link printed in another
 *      shell points at the server that is actually running;
 *   4. otherwise the server's default, port 3000.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { defaultDataDir } from "./embedded-database.ts";

type Settings = { CONVENE_PUBLIC_URL?: string | undefined; PORT?: string | undefined };

function configured(settings: Settings): string | null {
  const explicit = settings.CONVENE_PUBLIC_URL?.trim();
  if (explicit) return new URL(explicit).toString();
  const port = settings.PORT?.trim();
  if (port) return `http://localhost:${Number(port)}/`;
  return null;
}

/** The address the server serves on, by rules 1, 2 and 4. */
export function serverPublicUrl(settings: Settings): string {
  return configured(settings) ?? "http://localhost:3000/";
}

export const recordedUrlFile = path.join(defaultDataDir, "server-url");

/** Called by `npm start` once it listens: the CLI's links then follow it (rule 3). */
export function recordServerUrl(url: string, file = recordedUrlFile): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${url}\n`, { mode: 0o600 });
  } catch {
    // Only a convenience for the CLI: a read-only folder must not stop the server.
  }
}

function readRecordedUrl(file: string): string | null {
  try {
    const text = readFileSync(file, "utf8").trim();
    return text ? new URL(text).toString() : null;
  } catch {
    return null;
  }
}

/** The base of links the CLI prints, and which rule gave it (said next to the link). */
export function cliPublicUrl(settings: Settings, file = recordedUrlFile): { url: string; source: "setting" | "running server" | "default" } {
  const fromSettings = configured(settings);
  if (fromSettings) return { url: fromSettings, source: "setting" };
  const recorded = readRecordedUrl(file);
  if (recorded) return { url: recorded, source: "running server" };
  return { url: "http://localhost:3000/", source: "default" };
}
