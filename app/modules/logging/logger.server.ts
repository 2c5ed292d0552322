/**
 * The only logger in the app. Redaction is a safety net, not the rule: code
 * must never pass input text, pseudonyms, receipts, tokens or IP addresses to
 * it. Paths listed here are censored even if someone does.
 */
import pino from "pino";

export const redactedPaths = [
  "pseudonym",
  "passphrase",
  "password",
  "token",
  "receipt",
  "receiptCode",
  "text",
  "answer",
  "ip",
  "cookie",
  "*.pseudonym",
  "*.passphrase",
  "*.password",
  "*.token",
  "*.receipt",
  "*.receiptCode",
  "*.text",
  "*.answer",
  "*.ip",
  "*.cookie",
  "req.headers.cookie",
  "req.headers.authorization",
  "req.headers['x-forwarded-for']",
];

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  redact: { paths: redactedPaths, censor: "[redacted]" },
  base: undefined,
});

/**
 * What of an error may be logged: its class, its code (e.g. Prisma's P2002)
 * and where it was thrown — not its message, which can quote the values of
 * a failed query (a pseudonym, a piece of text).
 */
export function errorForLog(error: unknown): { name: string; code?: string; at: string[] } {
  if (!(error instanceof Error)) return { name: typeof error, at: [] };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    ...(typeof code === "string" ? { code } : {}),
    at: (error.stack ?? "")
      .split("\n")
      .filter((line) => line.trimStart().startsWith("at "))
      .slice(0, 8)
      .map((line) => line.trim()),
  };
}
