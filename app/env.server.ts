/**
 * Environment, validated once at boot. A missing or malformed setting stops
 * the process with a message naming it, instead of failing later mid-request.
 */
import { z } from "zod";

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  DATABASE_REPLICA_URL: z.string().url().optional(),
  /**
   * The tables' owner, for maintenance the app role may not do (VACUUM FULL,
   * migrations); never for the app's own queries. Set by boot on the
   * embedded database; optional elsewhere (unset or empty: DATABASE_URL is the owner too).
   */
  CONVENE_OWNER_DATABASE_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().url({ message: "CONVENE_OWNER_DATABASE_URL must be a postgresql:// URL" }).optional(),
  ),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the quick exit leaves for when a consultation names none. */
  QUICK_EXIT_URL: z.string().url().default("https://www.bbc.co.uk/weather"),
  /**
   * Current master key, "<id>:<32 bytes base64>". Required: without it no
   * answer could be stored safely. `npm start` on the embedded database
   * generates a local one in .data/ (never committed).
   */
  CONVENE_MASTER_KEY: z
    .string({ message: "CONVENE_MASTER_KEY is required (see README, Configuration)" })
    .regex(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=$/, { message: "CONVENE_MASTER_KEY must be <id>:<32 bytes in base64>" }),
  /** Older master keys, comma-separated, kept only while `admin rotate-keys` re-wraps data keys. */
  CONVENE_PREVIOUS_MASTER_KEYS: z.string().default(""),
  /** Secret for keyed hashes (rate-limit keys, receipt look-ups): at least 32 characters. */
  CONVENE_HASH_SECRET: z.string({ message: "CONVENE_HASH_SECRET is required (see README, Configuration)" }).min(32),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Environment = z.infer<typeof environmentSchema>;

let cached: Environment | undefined;

export function getEnvironment(): Environment {
  if (cached) return cached;
  const parsed = environmentSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
