/**
 * Environment, validated once at boot. A missing or malformed setting stops
 * the process with a message naming it, instead of failing later mid-request.
 */
import { isIP } from "node:net";
import { z } from "zod";

/** Express's names for address ranges, accepted in TRUST_PROXY besides addresses and subnets. */
const proxyRangeNames = new Set(["loopback", "linklocal", "uniquelocal"]);

function isProxyAddress(entry: string): boolean {
  if (proxyRangeNames.has(entry)) return true;
  const [address = "", prefix, extra] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies in front may name the client, as Express's `trust proxy`
 * takes it: off (false), a hop count, or proxy addresses/subnets. Never
 * "true": trusting every hop lets any client choose its own address.
 */
const trustProxySetting = z
  .string()
  .default("")
  .transform((value, context): false | number | string[] => {
    const setting = value.trim();
    if (setting === "" || setting === "0" || setting === "false") return false;
    if (/^\d{1,2}$/.test(setting)) return Number(setting);
    const entries = setting.split(",").map((entry) => entry.trim());
    if (entries.every((entry) => isProxyAddress(entry))) return entries;
    context.addIssue({
      code: "custom",
      message: "TRUST_PROXY must be a hop count (e.g. 1) or proxy addresses/subnets, comma-separated (e.g. 10.0.0.5,10.1.0.0/16)",
    });
    return z.NEVER;
  });

export type TrustProxySetting = z.infer<typeof trustProxySetting>;

/**
 * A short line of text shown to participants on the consent page (who runs
 * this platform, where its data is stored). One line, no control
 * characters, at most 200 characters; empty counts as unset. Unset, the page
 * says in the reader's language that this is a demonstration copy — a
 * real deployment must set both (README, Configuration).
 */
function deploymentText(name: string) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .max(200, { message: `${name} must be at most 200 characters` })
      // Cc covers line breaks and tabs: the value is one line of a page.
      .regex(/^[^\p{Cc}]*$/u, { message: `${name} must be one line of text, without control characters` })
      .optional(),
  );
}

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  /**
   * A read replica of DATABASE_URL: drafters' summary reads go there
   * (app/modules/db/summary-db.server.ts), writes never. Unset or empty: the primary.
   */
  DATABASE_REPLICA_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().url({ message: "DATABASE_REPLICA_URL must be a postgresql:// URL" }).optional(),
  ),
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
  /** Off unless set: see trustProxySetting and the README. */
  TRUST_PROXY: trustProxySetting,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Who runs this platform, e.g. "Colectiva Mujeres del Puente, Bogotá". Shown on the consent page. */
  CONVENE_OPERATOR: deploymentText("CONVENE_OPERATOR"),
  /** Where participants' data is stored, e.g. "on a server in Frankfurt, Germany (Hetzner)". Shown on the consent page. */
  CONVENE_DATA_LOCATION: deploymentText("CONVENE_DATA_LOCATION"),
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
