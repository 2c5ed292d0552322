/**
 * The HTTP front of Convene: Express only for what Remix cannot do per
 * route — security headers with a per-request CSP nonce, refusing
 * cross-origin writes, unusable addresses and oversized bodies before any
 * action runs, and serving the built assets. Everything else is a Remix route.
 */
import { createHmac, randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { constants as zlibConstants } from "node:zlib";
import { createRequestHandler, writeReadableStreamToWritable, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { getEnvironment, type TrustProxySetting } from "~/env.server";
import { isSameOriginWrite } from "~/modules/safety/origin-check.server";
import { renderRefusalPage, type RefusalReason } from "~/http/refusal-page.server";
import { errorForLog, logger } from "~/modules/logging/logger.server";

/** Largest request body accepted (the longest answer form is far below this). */
export const maxBodyBytes = 1024 * 1024;

type ServerOptions = {
  mode: "production" | "development";
  buildDirectory: string;
  /** Which proxies in front may name the client (X-Forwarded-For); default: TRUST_PROXY. */
  trustProxy?: TrustProxySetting;
};

export async function createHttpApp({ mode, buildDirectory, trustProxy = getEnvironment().TRUST_PROXY }: ServerOptions) {
  const app = express();
  app.disable("x-powered-by");
  // `trust proxy` only as TRUST_PROXY says (off by default), so a client
  // cannot pick its own rate-limit bucket with X-Forwarded-For. No request
  // logging: Convene never records a client's IP address.
  app.set("trust proxy", trustProxy);

  app.use((_request, response, next) => {
    response.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  });
  app.use(securityHeaders(mode));
  app.use(refuseCrossOriginWrites);
  app.use(refuseUnusableAddresses);
  app.use(readBodyWithinLimit);
  app.use(compressResponses());

  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (mode === "development") {
    const vite = await import("vite");
    const devServer = await vite.createServer({ server: { middlewareMode: true } });
    app.use(devServer.middlewares);
    build = () => devServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  } else {
    const clientDirectory = path.join(buildDirectory, "client");
    app.use("/assets", express.static(path.join(clientDirectory, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(topLevelFiles(clientDirectory));
    // Past tsx's hooks (npm start runs under tsx): tsx would rewrite the 2.5 MB
    // bundle's dynamic imports and make a word-by-word source map of it, which
    // held ~240 MB of RSS for the life of the process (docs/performance.md).
    // A URL in another tsx namespace goes to Node's own loader untouched; the
    // bundle is plain JavaScript and needs no transform.
    const bundle = pathToFileURL(path.join(buildDirectory, "server/index.js"));
    bundle.searchParams.set("tsx-namespace", "convene-build");
    build = (await import(bundle.href)) as ServerBuild;
  }

  const handleRequest = createRequestHandler(build, mode);
  app.all("*", async (request, response, next) => {
    try {
      const loadContext = { cspNonce: response.locals.cspNonce as string, clientKey: clientKeyFor(request) };
      await sendRemixResponse(response, await handleRequest(remixRequestFor(request, response), loadContext));
    } catch (error) {
      next(error);
    }
  });

  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    logger.error({ err: errorForLog(error) }, "unhandled");
    if (!response.headersSent) response.status(500).type("text/plain").send("Internal error");
  });
  return app;
}

/**
 * The built files outside /assets (favicon.svg…), served as express.static
 * serves them. Only paths that name one of them reach it: static's fs.stat
 * of every page's path (answered "no such file") was a thread-pool round
 * trip on each page request (docs/performance.md). The build does not
 * change while the server runs, so the list is read once.
 */
function topLevelFiles(clientDirectory: string) {
  const files = new Set(
    readdirSync(clientDirectory, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${entry.name}`),
  );
  const serve = express.static(clientDirectory, { maxAge: "1h" });
  return (request: Request, response: Response, next: NextFunction) =>
    files.has(request.path) ? serve(request, response, next) : next();
}

/**
 * Brotli (or gzip for browsers without it) for every compressible response:
 * pages, scripts, styles, data. Old phones on metered connections pay for
 * every byte. Headers set earlier (CSP nonce, `Cache-Control: no-store`)
 * pass through unchanged; `compression` adds `Vary: Accept-Encoding` and
 * leaves alone anything marked `no-transform`. Brotli quality 5: close to
 * the best size for a few milliseconds per script (11 costs ~0.8 s for the
 * largest bundle on every request).
 */
function compressResponses() {
  return compression({ brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } } });
}

/**
 * A stand-in for "this client" in rate limits: a keyed hash of the
 * client's address that changes every day. `request.ip` is the connection's
 * address unless TRUST_PROXY names proxies in front, then the address the
 * last trusted proxy saw (Express's `trust proxy`). The address itself is
 * never stored or logged; only this hash reaches the app, which hashes it again.
 */
function clientKeyFor(request: Request): string {
  const day = new Date().toISOString().slice(0, 10);
  return createHmac("sha256", process.env.CONVENE_HASH_SECRET ?? "")
    .update(`${day}|${request.ip ?? request.socket.remoteAddress ?? "unknown"}`)
    .digest("hex");
}

/** Bodies read (and counted) by readBodyWithinLimit, for the Remix request. */
const readBodies = new WeakMap<Request, Uint8Array<ArrayBuffer>>();

/**
 * The Fetch request Remix handles, built as @remix-run/express builds it,
 * except that the body is the one readBodyWithinLimit already read (that
 * adapter can only stream the body from the socket itself).
 */
function remixRequestFor(request: Request, response: Response): globalThis.Request {
  // A string, not new URL(path, base): a path starting with "//" must stay a path.
  const url = `${request.protocol}://${request.get("host") ?? "localhost"}${request.originalUrl}`;
  const controller = new AbortController();
  // Loaders and actions stop when the response can no longer be written.
  response.on("close", () => {
    if (!response.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const each of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, each);
  }
  const withBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(url, {
    method: request.method,
    headers,
    signal: controller.signal,
    ...(withBody ? { body: readBodies.get(request) ?? new Uint8Array() } : {}),
  });
}

/** Sends Remix's Fetch response, as @remix-run/express does. */
async function sendRemixResponse(response: Response, remixResponse: globalThis.Response) {
  response.statusMessage = remixResponse.statusText;
  response.status(remixResponse.status);
  for (const [name, value] of remixResponse.headers.entries()) response.append(name, value);
  if (remixResponse.body) await writeReadableStreamToWritable(remixResponse.body, response);
  else response.end();
}

function securityHeaders(mode: ServerOptions["mode"]) {
  const development = mode === "development";
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          // strict-dynamic lets the nonced module script load the route chunks.
          scriptSrc: [
            (_request, response) => `'nonce-${(response as Response).locals.cspNonce as string}'`,
            "'strict-dynamic'",
            ...(development ? ["'unsafe-inline'", "'self'"] : []),
          ],
          styleSrc: ["'self'", ...(development ? ["'unsafe-inline'"] : [])],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'"],
          connectSrc: ["'self'", ...(development ? ["ws:"] : [])],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
          manifestSrc: ["'self'"],
        },
      },
      referrerPolicy: { policy: "no-referrer" },
      xFrameOptions: { action: "deny" },
      // HSTS only makes sense behind HTTPS; the proxy in front sets it in production.
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
    }),
    (_request: Request, response: Response, next: NextFunction) => {
      response.setHeader(
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
      );
      next();
    },
  ];
}

async function refuseCrossOriginWrites(request: Request, response: Response, next: NextFunction) {
  const allowed = isSameOriginWrite({
    method: request.method,
    origin: request.get("origin"),
    fetchSite: request.get("sec-fetch-site"),
    host: request.get("host"),
    protocol: request.protocol,
  });
  if (allowed) {
    // Under `Referrer-Policy: no-referrer` browsers send `Origin: null` on
    // their own form posts; the check above then relied on Sec-Fetch-Site.
    // Remix's own origin check would refuse "null", so drop the header now
    // that this, stricter, check has passed.
    if (request.headers.origin === "null") delete request.headers.origin;
    return next();
  }
  await sendRefusal(request, response, 403, "crossOrigin");
}

/**
 * A translated refusal page. `no-store` like every page: it is sent before
 * Remix (whose entry sets that default) ever sees the request.
 */
async function sendRefusal(request: Request, response: Response, status: number, reason: RefusalReason) {
  const page = await renderRefusalPage(request.get("cookie") ?? null, request.get("accept-language") ?? null, reason);
  response.status(status).type("html").set("Cache-Control", "no-store").send(page);
}

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001F\u007F]/;

/**
 * Addresses no page can answer, refused here once instead of in every
 * loader: a path that does not decode, or that holds a control character
 * (PostgreSQL refuses NUL in text, so `/c/%00` would otherwise reach a query
 * and fail as a 500); a NUL in the query; and Remix's `?_data=` requests,
 * which this app (single fetch) never makes and Remix answers with a logged
 * warning each time. All get the translated 404 page, and no log line.
 */
async function refuseUnusableAddresses(request: Request, response: Response, next: NextFunction) {
  const [rawPath = "", rawQuery = ""] = splitOnce(request.originalUrl, "?");
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(rawPath);
  } catch {
    return sendRefusal(request, response, 404, "notFound");
  }
  const query = new URLSearchParams(rawQuery);
  const unusable =
    controlCharacters.test(decodedPath) ||
    query.has("_data") ||
    [...query].some(([name, value]) => name.includes("\u0000") || value.includes("\u0000"));
  if (unusable) return sendRefusal(request, response, 404, "notFound");
  next();
}

function splitOnce(value: string, separator: string): [string, string?] {
  const at = value.indexOf(separator);
  return at === -1 ? [value] : [value.slice(0, at), value.slice(at + 1)];
}

/**
 * Reads the whole body before any action runs, counting bytes as they
 * arrive: past maxBodyBytes it stops reading, answers 413 and closes the
 * connection. A declared Content-Length is not enough — a chunked body
 * declares none — and nothing beyond the limit is ever held in memory.
 */
function readBodyWithinLimit(request: Request, response: Response, next: NextFunction) {
  const declared = Number(request.get("content-length") ?? 0);
  if (!request.get("transfer-encoding") && !(declared > 0)) return next();
  if (declared > maxBodyBytes) return refuseTooLarge(request, response);
  const chunks: Buffer[] = [];
  let received = 0;
  const stop = () => {
    request.off("data", onData);
    request.off("end", onEnd);
    request.off("error", onError);
  };
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    if (received <= maxBodyBytes) return void chunks.push(chunk);
    stop();
    chunks.length = 0;
    logger.debug({ receivedBytes: received }, "request body over the limit");
    lingerThenClose(request);
    void refuseTooLarge(request, response);
  };
  const onEnd = () => {
    stop();
    readBodies.set(request, new Uint8Array(Buffer.concat(chunks, received)));
    next();
  };
  // The client went away mid-body: there is no one to answer.
  const onError = () => {
    stop();
    request.destroy();
  };
  request.on("data", onData);
  request.once("end", onEnd);
  request.once("error", onError);
}

/** How much more of a refused body is read (and thrown away) after the 413, and for how long. */
const lingerBytes = 4 * 1024 * 1024;
const lingerMs = 2_000;

/**
 * Node closes a `Connection: close` response's socket as soon as the response
 * is written. With the client's unread bytes still arriving, that close is a
 * TCP reset, and a reset can erase the 413 page before the client reads it.
 * So, as nginx's "lingering close" does: half-close after the response, keep
 * reading and discarding (nothing is kept in memory) for at most lingerBytes
 * or lingerMs, then close.
 */
function lingerThenClose(request: Request) {
  const socket = request.socket;
  let discarded = 0;
  request.on("data", (more: Buffer) => {
    discarded += more.length;
    if (discarded > lingerBytes) socket.destroy();
  });
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), lingerMs).unref();
  };
}

async function refuseTooLarge(request: Request, response: Response) {
  // Closing the connection is what stops a client still sending the rest.
  response.set("Connection", "close");
  await sendRefusal(request, response, 413, "tooLarge");
}
