/**
 * "The database cannot be reached just now" — as opposed to a query that is
 * wrong. Found by trying it (app/modules/db/database-unavailable.server.test.ts
 * produces every one of these against a real PostgreSQL):
 *
 * - server not listening: PrismaClientKnownRequestError P1001 (model
 *   queries) or P2010 (raw queries), with the pg adapter's cause kind
 *   `DatabaseNotReachable`;
 * - connection killed mid-query (server stopping, pg_terminate_backend):
 *   P2010 / other codes whose adapter cause is a PostgreSQL error of class
 *   08 (connection exception) or 57P01–57P03 (shutting down, crash, still
 *   starting up);
 * - connection killed inside an interactive transaction: node-postgres'
 *   own plain `Error`s ("Client has encountered a connection error and is
 *   not queryable", "Connection terminated unexpectedly"), passed through;
 * - a transaction that could not start within maxWait or expired: P2028.
 *
 * Only fixed texts and codes are compared; nothing of a message is logged.
 */
import { Prisma } from "~/generated/prisma/client";

/**
 * Prisma's own codes for "cannot reach / lost / timed out talking to the
 * server". P2028 is an interactive transaction that could not get a pooled
 * connection within maxWait, or ran past its timeout: either way Prisma rolled
 * it back and nothing was written, so the person gets "try again" with their
 * text (npm run load saw it as a 500 when 200 people used two processes).
 */
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);

/** The pg adapter's error kinds for a connection that never came or went away. */
const adapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** PostgreSQL SQLSTATEs: admin shutdown, crash shutdown, cannot connect now (starting up or stopping), too many connections. */
const postgresCodes = new Set(["57P01", "57P02", "57P03", "53300"]);

/** node-postgres' fixed messages for a client whose connection is gone. */
const pgClientMessages = new Set([
  "Connection terminated unexpectedly",
  "Connection terminated",
  "Client has encountered a connection error and is not queryable",
  "Client was closed and is not queryable",
  "Connection terminated due to connection timeout",
  "timeout exceeded when trying to connect",
]);

/** Node's socket error codes for a server that is not there or hung up. */
const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"]);

type AdapterCause = { kind?: unknown; code?: unknown; originalCode?: unknown };

function adapterCauseUnavailable(cause: AdapterCause | undefined): boolean {
  if (!cause) return false;
  if (typeof cause.kind === "string" && adapterKinds.has(cause.kind)) return true;
  const code = typeof cause.code === "string" ? cause.code : typeof cause.originalCode === "string" ? cause.originalCode : "";
  return postgresCodes.has(code) || code.startsWith("08");
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || !(error instanceof Error)) return false;
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (prismaCodes.has(error.code)) return true;
    const meta = error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined;
    if (adapterCauseUnavailable(meta?.driverAdapterError?.cause)) return true;
  }
  // The adapter's own error, when it reaches us unwrapped.
  if (error.name === "DriverAdapterError" && adapterCauseUnavailable((error as { cause?: AdapterCause }).cause)) return true;
  if (pgClientMessages.has(error.message)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (socketCodes.has(code) || postgresCodes.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  return isDatabaseUnavailable(error.cause, depth + 1);
}
