/**
 * One Prisma Client per process, on the pg driver adapter (Prisma 7 needs no
 * native engine this way). Kept on globalThis so Vite's dev reloads do not
 * open a new pool on every change.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { getEnvironment } from "~/env.server";

const globalStore = globalThis as unknown as { conveneDb?: PrismaClient };

export function createDatabaseClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export function getDb(): PrismaClient {
  globalStore.conveneDb ??= createDatabaseClient(getEnvironment().DATABASE_URL);
  return globalStore.conveneDb;
}
