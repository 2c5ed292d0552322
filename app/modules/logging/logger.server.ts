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
