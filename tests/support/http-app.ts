/**
 * The real production server (Express + the built Remix bundle) on an
 * ephemeral loopback port, talking to this test file's own database. HTTP
 * tests go through every layer a browser's request does: security headers,
 * the origin check, the body limit, loaders and actions.
 */
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { buildDirectory } from "../../scripts/lib/build.ts";
import { createHttpApp } from "../../server/http.ts";

export type TestServer = { baseUrl: string; close: () => Promise<void> };

export async function startTestServer(): Promise<TestServer> {
  const app = await createHttpApp({ mode: "production", buildDirectory });
  const server = await new Promise<import("node:http").Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type HttpResult = { status: number; location: string | null; body: string; headers: Headers; setCookies: string[] };

/**
 * A request as a same-origin browser form would send it, unless told
 * otherwise; redirects are not followed. `from` sends it from another
 * loopback address (e.g. "127.0.0.2"), which the server sees as another
 * client — for per-client limits.
 */
export async function send(
  server: TestServer,
  path: string,
  options: { method?: string; form?: Record<string, string>; cookie?: string; origin?: string | null; from?: string } = {},
): Promise<HttpResult> {
  const method = options.method ?? (options.form ? "POST" : "GET");
  const headers = new Headers();
  if (options.cookie) headers.set("cookie", options.cookie);
  if (method !== "GET" && options.origin !== null) headers.set("origin", options.origin ?? server.baseUrl);
  let body: string | undefined;
  if (options.form) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(options.form).toString();
  }
  if (options.from) return sendFrom(options.from, server.baseUrl + path, method, headers, body);
  const response = await fetch(server.baseUrl + path, { method, headers, body, redirect: "manual" });
  return {
    status: response.status,
    location: response.headers.get("location"),
    body: await response.text(),
    headers: response.headers,
    setCookies: response.headers.getSetCookie(),
  };
}

/** fetch cannot choose the local address; node:http can. */
function sendFrom(localAddress: string, url: string, method: string, headers: Headers, body?: string): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method, headers: Object.fromEntries(headers), localAddress }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const received = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          for (const one of Array.isArray(value) ? value : [value ?? ""]) received.append(name, one);
        }
        resolve({
          status: response.statusCode ?? 0,
          location: received.get("location"),
          body: Buffer.concat(chunks).toString("utf8"),
          headers: received,
          setCookies: received.getSetCookie(),
        });
      });
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** The `name=value` part of a Set-Cookie header for the session, if the response set one. */
export function sessionCookieFrom(result: HttpResult): string | undefined {
  const header = result.setCookies.find((cookie) => /^(__Host-)?session=[a-z2-7]+;/.test(cookie));
  return header?.split(";")[0];
}
