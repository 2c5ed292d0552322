/**
 * The HTTP front of Convene: Express only for what Remix cannot do per
 * route — security headers with a per-request CSP nonce, refusing
 * cross-origin writes and oversized bodies before any action runs, and
 * serving the built assets. Everything else is a Remix route.
 */
import { createHmac, randomBytes } from "node:crypto";
import path from "node:path";
import { constants as zlibConstants } from "node:zlib";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { isSameOriginWrite } from "~/modules/safety/origin-check.server";
import { renderRefusalPage } from "~/modules/safety/refusal-page.server";
import { errorForLog, logger } from "~/modules/logging/logger.server";

/** Largest request body accepted (the longest answer form is far below this). */
export const maxBodyBytes = 1024 * 1024;

type ServerOptions = {
  mode: "production" | "development";
  buildDirectory: string;
};

export async function createHttpApp({ mode, buildDirectory }: ServerOptions) {
  const app = express();
  app.disable("x-powered-by");
  // Deliberately no `trust proxy` and no request logging: Convene never
  // reads or records a client's IP address.

  app.use((_request, response, next) => {
    response.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  });
  app.use(securityHeaders(mode));
  app.use(refuseCrossOriginWrites);
  app.use(refuseOversizedBodies);
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
    app.use(express.static(clientDirectory, { maxAge: "1h" }));
    build = (await import(path.join(buildDirectory, "server/index.js"))) as ServerBuild;
  }

  app.all(
    "*",
    createRequestHandler({
      build,
      mode,
      getLoadContext: (request, response) => ({
        cspNonce: response.locals.cspNonce as string,
        clientKey: clientKeyFor(request),
      }),
    }),
  );

  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    logger.error({ err: errorForLog(error) }, "unhandled");
    if (!response.headersSent) response.status(500).type("text/plain").send("Internal error");
  });
  return app;
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
 * connection's address that changes every day. The address itself is never
 * stored or logged; only this hash reaches the app, which hashes it again.
 */
function clientKeyFor(request: Request): string {
  const day = new Date().toISOString().slice(0, 10);
  return createHmac("sha256", process.env.CONVENE_HASH_SECRET ?? "")
    .update(`${day}|${request.socket.remoteAddress ?? "unknown"}`)
    .digest("hex");
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
  response
    .status(403)
    .type("html")
    .send(await renderRefusalPage(request.get("cookie") ?? null, request.get("accept-language") ?? null, "crossOrigin"));
}

async function refuseOversizedBodies(request: Request, response: Response, next: NextFunction) {
  const declared = Number(request.get("content-length") ?? 0);
  if (declared <= maxBodyBytes) return next();
  response
    .status(413)
    .type("html")
    .set("Connection", "close")
    .send(await renderRefusalPage(request.get("cookie") ?? null, request.get("accept-language") ?? null, "tooLarge"));
}
