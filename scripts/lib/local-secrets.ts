/**
 * For the embedded default only: a master key and a hash secret generated
 * once and kept in .data/secrets.json (git-ignored, readable by the owner
 * only). Production supplies both through the environment instead, and the
 * app refuses to start without them.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateMasterKeyEntry } from "../../app/modules/crypto/envelope.server.ts";
import { defaultDataDir } from "./embedded-database.ts";

type LocalSecrets = { CONVENE_MASTER_KEY: string; CONVENE_HASH_SECRET: string };

export async function ensureLocalSecrets(dataDir = process.env.CONVENE_DATA_DIR ?? defaultDataDir): Promise<void> {
  const file = path.join(dataDir, "secrets.json");
  let secrets: LocalSecrets;
  if (existsSync(file)) {
    secrets = JSON.parse(await readFile(file, "utf8")) as LocalSecrets;
  } else {
    secrets = {
      CONVENE_MASTER_KEY: generateMasterKeyEntry("local1"),
      CONVENE_HASH_SECRET: randomBytes(32).toString("base64"),
    };
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  }
  process.env.CONVENE_MASTER_KEY ??= secrets.CONVENE_MASTER_KEY;
  process.env.CONVENE_HASH_SECRET ??= secrets.CONVENE_HASH_SECRET;
}
