/**
 * The loggers' safety net, as production configures it (createLoggers with
 * a captured stream instead of stdout): every field name below is censored
 * wherever a careless call puts it, and participants' event lines carry no
 * time. The list of names is the test's own, so removing or narrowing
 * `redactedPaths` fails here.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLoggers } from "./logger.server";

/** Field names that must never reach a log with their value. */
const sensitiveFields = ["pseudonym", "passphrase", "password", "token", "receipt", "receiptCode", "text", "answer", "ip", "cookie"];

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const previous = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = "trace";
  try {
    return { lines, ...createLoggers(stream) };
  } finally {
    if (previous === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = previous;
  }
}

describe("the logger", () => {
  it("censors every sensitive field, at the top level and one level down, and the request's secret headers", () => {
    const { lines, logger, participantEventLogger } = capture();
    for (const write of [logger, participantEventLogger]) {
      for (const field of sensitiveFields) {
        const secret = `secret-${field}-7f3a`;
        write.info({ [field]: secret, nested: { [field]: `${secret}-nested` } }, `careless ${field}`);
      }
      write.info(
        {
          req: {
            headers: {
              cookie: "session=secret-cookie-header",
              authorization: "Bearer secret-authorization",
              "x-forwarded-for": "203.0.113.77",
            },
          },
        },
        "careless request",
      );
    }
    expect(lines).toHaveLength(2 * (sensitiveFields.length + 1));
    const everything = lines.join("\n");
    for (const field of sensitiveFields) expect(everything, `the log shows ${field}`).not.toContain(`secret-${field}-7f3a`);
    for (const secret of ["secret-cookie-header", "secret-authorization", "203.0.113.77"]) expect(everything).not.toContain(secret);

    // Censored, not dropped: the line still says a field was there.
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ msg: "careless pseudonym", pseudonym: "[redacted]", nested: { pseudonym: "[redacted]" } });
  });

  it("writes participants' event lines without a time, and other lines with one", () => {
    const { lines, logger, participantEventLogger } = capture();
    participantEventLogger.info({ consultationId: "c-1" }, "submission received");
    logger.info({ consultationId: "c-1" }, "something else");
    const [event, other] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(event).toEqual({ level: 30, consultationId: "c-1", msg: "submission received" });
    expect(other).toHaveProperty("time");
  });
});
