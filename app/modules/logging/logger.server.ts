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

/**
 * The loggers' one configuration; `destination` is for tests, which must see
 * exactly what production would write.
 */
export function createLoggers(destination?: pino.DestinationStream) {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    redact: { paths: redactedPaths, censor: "[redacted]" },
    base: undefined,
  };
  return {
    logger: destination ? pino(options, destination) : pino(options),
    /**
     * For lines that record a participant's own act (input received, edited,
     * withdrawn): no time, since the rows about participants keep only the
     * day and a log line to the millisecond would date the act again. The
     * line still says which consultation.
     */
    participantEventLogger: destination ? pino({ ...options, timestamp: false }, destination) : pino({ ...options, timestamp: false }),
  };
}

export const { logger, participantEventLogger } = createLoggers();

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
