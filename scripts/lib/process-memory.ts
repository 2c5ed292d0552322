/**
 * Environment every production server process starts with (`npm start`, and
 * the benchmark and load test, which start scripts/start.ts as npm start
 * does). glibc gives each thread that allocates its own malloc arena, so the
 * libuv pool (argon2id's 19 MiB hashes, zlib for compression) and V8's
 * helper threads keep up to 8 × cores arenas of freed memory. Two arenas
 * cut the app's resident memory after 20 s of 50-connection load from
 * ~705 MB to ~507 MB on the 2-core machine, at the same throughput
 * (docs/performance.md). Set it explicitly to override.
 */
export const productionProcessEnvironment = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" } as const;
