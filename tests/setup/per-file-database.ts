/**
 * Runs in the worker before each test file is imported: gives the file its
 * own copy of the migrated template database and a valid environment, so
 * files can run in parallel and leave whatever rows they like behind.
 *
 * The environment is set before the test file's imports run, so the first
 * getDb() / getEnvironment() of the file already sees this file's database.
 */
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import type { PrismaClient } from "~/generated/prisma/client";
import { generateMasterKeyEntry } from "~/modules/crypto/envelope.server";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../support/test-databases.ts";

const { adminUrl, templateName, runPrefix } = inject("testDatabaseServer");
const databaseName = uniqueDatabaseName(runPrefix, "file");

process.env.DATABASE_URL = await createDatabase(adminUrl, databaseName, templateName);
process.env.NODE_ENV = "test";
process.env.CONVENE_MASTER_KEY = generateMasterKeyEntry("test1");
process.env.CONVENE_PREVIOUS_MASTER_KEYS = "";
process.env.CONVENE_HASH_SECRET = randomBytes(32).toString("base64");
process.env.LOG_LEVEL = "silent";

// db.server.ts caches its client on globalThis. Workers are normally fresh
// processes, but if one is ever reused, a client left by the previous file
// would point at that file's (dropped) database.
const globalStore = globalThis as unknown as { conveneDb?: PrismaClient };
globalStore.conveneDb = undefined;

afterAll(async () => {
  await globalStore.conveneDb?.$disconnect();
  globalStore.conveneDb = undefined;
  await dropDatabase(adminUrl, databaseName);
});
