/**
 * Responses travel compressed: brotli where the browser accepts it, gzip
 * otherwise — pages, scripts and styles alike — and compression changes
 * nothing else: the CSP nonce still matches the page's scripts, pages stay
 * `no-store`, assets keep their long cache.
 */
import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/http-app";

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A GET that sees the bytes as sent (fetch would decompress them out of sight). */
function rawGet(server: TestServer, path: string, acceptEncoding: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(server.baseUrl + path, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

function decoded(response: RawResponse): string {
  const encoding = response.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(response.body).toString("utf8");
  if (encoding === "gzip") return gunzipSync(response.body).toString("utf8");
  return response.body.toString("utf8");
}

let server: TestServer;
let scriptPath: string;
let stylePath: string;

beforeAll(async () => {
  server = await startTestServer();
  const home = decoded(await rawGet(server, "/", "identity"));
  scriptPath = /<link rel="modulepreload" href="(\/assets\/[^"]+\.js)"/.exec(home)![1]!;
  stylePath = /<link rel="stylesheet" href="(\/assets\/[^"]+\.css)"/.exec(home)![1]!;
});

afterAll(async () => {
  await server.close();
});

describe("compression", () => {
  it("sends the page brotli-compressed, still no-store, with the CSP nonce on its scripts", async () => {
    const response = await rawGet(server, "/", "gzip, deflate, br");
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers["cache-control"]).toBe("no-store");
    const html = decoded(response);
    expect(response.body.length).toBeLessThan(html.length / 2);
    const nonce = /'nonce-([^']+)'/.exec(String(response.headers["content-security-policy"]))![1]!;
    const scriptNonces = [...html.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((match) => match[1]);
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  });

  it("falls back to gzip for a browser without brotli", async () => {
    const response = await rawGet(server, "/", "gzip");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(decoded(response)).toContain("<!DOCTYPE html>");
  });

  it("compresses scripts and styles and keeps their long cache", async () => {
    for (const path of [scriptPath, stylePath]) {
      const response = await rawGet(server, path, "br, gzip");
      expect(response.status, path).toBe(200);
      expect(response.headers["content-encoding"], path).toBe("br");
      expect(response.headers["cache-control"], path).toMatch(/immutable/);
      expect(response.body.length, path).toBeLessThan(decoded(response).length);
    }
  });

  it("sends plain bytes to a client that accepts no encoding", async () => {
    const response = await rawGet(server, scriptPath, "identity");
    expect(response.headers["content-encoding"]).toBeUndefined();
  });
});
