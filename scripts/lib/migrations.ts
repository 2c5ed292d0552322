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
import { readFile, readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");

const noFilters = { externalTables: [], externalEnums: [] };
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
    });
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
  const engine: SchemaEngine = await engineBindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    adapterFactory,
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    // Close the pools now rather than after their idle timeout, so a
    // command-line run exits as soon as its work is done.
    await connections.disposeAll();
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
  const base = new PrismaPg({ connectionString: databaseUrl });
  const opened: Array<Awaited<ReturnType<PrismaPg["connect"]>>> = [];
  const runWholeScripts = (adapter: Awaited<ReturnType<PrismaPg["connect"]>>) => {
    opened.push(adapter);
    adapter.executeScript = async (script: string) => {
      await adapter.underlyingDriver().query(script);
    };
    return adapter;
  };
  return {
    provider: "postgres" as const,
    adapterName: base.adapterName,
    connect: async () => runWholeScripts(await base.connect()),
    connectToShadowDb: async () => runWholeScripts(await base.connectToShadowDb()),
    disposeAll: async () => {
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    },
  };
}

export async function readMigrationList(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir).catch(() => [] as string[]);
  const directories = [];
  for (const name of entries.sort()) {
    const dir = path.join(migrationsDir, name);
    if (!(await stat(dir)).isDirectory()) continue;
    const content = await readFile(path.join(dir, "migration.sql"), "utf8").then(
      (sql) => ({ tag: "ok" as const, value: sql }),
      (error: Error) => ({ tag: "error" as const, value: error.message }),
    );
    directories.push({ path: name, migrationFile: { path: "migration.sql", content } });
  }
  const lockfilePath = path.join(migrationsDir, "migration_lock.toml");
  const lockContent = await readFile(lockfilePath, "utf8").catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: directories,
  };
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const migrationsList = await readMigrationList();
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/** SQL that takes the schema from what the migrations folder builds to what schema.prisma says. */
export async function diffMigrationsToSchema(databaseUrl: string): Promise<string> {
  const migrationsList = await readMigrationList();
  const schema = await readFile(schemaPath, "utf8");
  return withEngine(databaseUrl, async (engine) => {
    const from =
      migrationsList.migrationDirectories.length === 0
        ? ({ tag: "empty" } as const)
        : ({ tag: "migrations", ...migrationsList } as const);
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  });
}
