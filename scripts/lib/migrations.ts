/**
 * Prisma migrations without the native schema engine.
 *
 * Why: the Prisma 7 CLI downloads a native engine for `migrate`, and these
 * machines cannot reach that download. Prisma publishes the same engine
 * compiled to WebAssembly (@prisma/schema-engine-wasm); driven through the
 * pg driver adapter it applies `prisma/migrations` exactly like
 * `prisma migrate deploy` (same folder format, same `_prisma_migrations`
 * table), so a machine with the CLI can still use it on the same database.
 */
import { randomUUID } from "node:crypto";
import { readFile, readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");

const noFilters = { externalTables: [], externalEnums: [] };
let wasmReady: Promise<void> | undefined;

/**
 * The engine arms JavaScript timers (e.g. its 10-second lock timeout) and
 * never clears them: a finished Rust future just leaves its timer behind,
 * which keeps Node alive for up to 10 s after the work is done. The engine's
 * timers are tracked here and cleared once no engine is running.
 */
const engineTimers = new Set<ReturnType<typeof setTimeout>>();
let runningEngines = 0;

function engineImports(): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...engineBindings };
  for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, milliseconds: number) => {
      const timer = setTimeout(() => {
        engineTimers.delete(timer);
        callback();
      }, milliseconds >>> 0);
      engineTimers.add(timer);
      return timer;
    };
  }
  return imports as WebAssembly.ModuleImports;
}

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineImports() });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

async function withEngine<T>(databaseUrl: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const schema = await readFile(schemaPath, "utf8");
  const connections = wholeScriptAdapterFactory(databaseUrl);
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(connections);
  runningEngines += 1;
  try {
    const engine: SchemaEngine = await engineBindings.SchemaEngine.new(
      { datamodels: [[schemaPath, schema]] },
      () => {},
      adapterFactory,
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    // Close the pools now rather than after their idle timeout, so a
    // command-line run exits as soon as its work is done.
    await connections.disposeAll();
    runningEngines -= 1;
    if (runningEngines === 0) {
      for (const timer of engineTimers) clearTimeout(timer);
      engineTimers.clear();
    }
  }
}

/**
 * PrismaPg's executeScript splits a script on every ";" and runs the pieces
 * one by one, which breaks on a ";" inside a function body or string and
 * leaves a half-applied migration when a later statement fails. Sending the
 * whole script as one simple query makes PostgreSQL run it as a single
 * implicit transaction: a migration applies entirely or not at all.
 */
function wholeScriptAdapterFactory(databaseUrl: string) {
  const url = new URL(databaseUrl);
  // Fields, not a connection string: pg lets a connectionString override
  // `database`, which would point a shadow database pool at the main one.
  const connection = {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
  const mainDatabase = decodeURIComponent(url.pathname.slice(1));
  type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
  const opened: Adapter[] = [];
  const runWholeScripts = (adapter: Adapter) => {
    opened.push(adapter);
    adapter.executeScript = async (script: string) => {
      await adapter.underlyingDriver().query(script);
    };
    return adapter;
  };
  const withAdmin = async (sql: string) => {
    const client = new pg.Client({ ...connection, database: mainDatabase });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    connect: async () => runWholeScripts(await new PrismaPg({ ...connection, database: mainDatabase }).connect()),
    // PrismaPg's own shadow database drops the database before closing its
    // pool, which PostgreSQL refuses; this one closes first, then drops.
    connectToShadowDb: async () => {
      const shadowDatabase = `convene_shadow_${randomUUID().replaceAll("-", "")}`;
      await withAdmin(`CREATE DATABASE "${shadowDatabase}"`);
      const adapter = runWholeScripts(await new PrismaPg({ ...connection, database: shadowDatabase }).connect());
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await closePool();
        await withAdmin(`DROP DATABASE IF EXISTS "${shadowDatabase}" WITH (FORCE)`);
      };
      return adapter;
    },
    disposeAll: async () => {
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    },
  };
}

/** `directory` defaults to prisma/migrations; tests point it at a temporary copy with a broken migration. */
export async function readMigrationList(directory = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(directory).catch(() => [] as string[]);
  const directories = [];
  for (const name of entries.sort()) {
    const dir = path.join(directory, name);
    if (!(await stat(dir)).isDirectory()) continue;
    const content = await readFile(path.join(dir, "migration.sql"), "utf8").then(
      (sql) => ({ tag: "ok" as const, value: sql }),
      (error: Error) => ({ tag: "error" as const, value: error.message }),
    );
    directories.push({ path: name, migrationFile: { path: "migration.sql", content } });
  }
  const lockfilePath = path.join(directory, "migration_lock.toml");
  const lockContent = await readFile(lockfilePath, "utf8").catch(() => null);
  return {
    baseDir: directory,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: directories,
  };
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyMigrations(databaseUrl: string, directory = migrationsDir): Promise<string[]> {
  const migrationsList = await readMigrationList(directory);
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/**
 * schema.prisma as it stood at the newest migration. New migrations are the
 * diff from this snapshot to schema.prisma: the WebAssembly engine cannot
 * describe a live (shadow) database through the driver adapter (it fails on
 * PostgreSQL's internal "char" columns), but it diffs two schemas reliably.
 */
export const snapshotPath = path.join(projectRoot, "prisma/snapshots/last-migration.prisma");

/** SQL that takes the database from the last migration's schema to what schema.prisma says. */
export async function diffSnapshotToSchema(databaseUrl: string): Promise<string> {
  const schema = await readFile(schemaPath, "utf8");
  const snapshot = await readFile(snapshotPath, "utf8").catch(() => null);
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from: snapshot === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: snapshotPath, content: snapshot }] },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  });
}
