/**
 * Requests no browser sends, against the production server started as
 * `npm start` starts it (a separate process logging at the most detailed
 * level, so its output and memory can be read): each gets a translated
 * 400/404/413 page — never a 500 — and none of them writes to the log.
 */
import { readFileSync } from "node:fs";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxBodyBytes } from "../../server/http";
import { send } from "../support/http-app";
import { demoConsultation, demoSlug } from "../support/participation";
import { startProductionServer, type ProductionServer } from "../support/production-server";

let server: ProductionServer;

beforeAll(async () => {
  await demoConsultation();
  server = await startProductionServer();
}, 90_000);
afterAll(async () => server?.close());

const notFoundTitle = "Page not found";
const nulMessage = "This contains an invisible null character";

type Case = { name: string; path: string; form?: Record<string, string>; status: number; contains: string };

const cases: Case[] = [
  ...["/c/%00", "/c/%00/consent", "/c/%00.data", "/facilitate/%00", "/me/contributions/%00", "/draft/%00", "/admin/consultations/%00", "/admin/orgs/%00"].map(
    (path) => ({ name: `path ${path}`, path, status: 404, contains: notFoundTitle }),
  ),
  { name: "undecodable path", path: "/c/%E0%A4%A", status: 404, contains: notFoundTitle },
  { name: "NUL in the query", path: `/c/${demoSlug}/respond?step=%00`, status: 404, contains: notFoundTitle },
  { name: "_data of the root", path: "/?_data=root", status: 404, contains: notFoundTitle },
  { name: "_data of a route", path: `/c/${demoSlug}?_data=routes%2Fc.%24slug._index`, status: 404, contains: notFoundTitle },
  { name: "_data of no route", path: "/?_data=routes%2Fnothing", status: 404, contains: notFoundTitle },
  { name: "NUL in /login", path: "/login", form: { pseudonym: "heron\u0000lilac", passphrase: "a passphrase long enough" }, status: 400, contains: nulMessage },
  { name: "NUL in a /login passphrase", path: "/login", form: { pseudonym: "heron lilac", passphrase: "a passphrase\u0000long enough" }, status: 400, contains: nulMessage },
  {
    name: "NUL in /recover",
    path: "/recover",
    form: { pseudonym: "heron\u0000lilac", recoveryCode: "abcd-efgh-ijkl", passphrase: "a new passphrase here", repeatPassphrase: "a new passphrase here" },
    status: 400,
    contains: nulMessage,
  },
  { name: "NUL in /staff/login", path: "/staff/login", form: { username: "demo\u0000admin", passphrase: "a passphrase long enough" }, status: 400, contains: nulMessage },
  { name: "NUL in returnTo", path: "/language", form: { language: "es", returnTo: "/e\u0000" }, status: 400, contains: "We could not read that form" },
];

describe("requests no browser sends", () => {
  it("get a translated 400 or 404 page, never a 500, and write nothing to the log — however often they come", async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const logBefore = server.output().length;
    for (const round of [1, 2, 3]) {
      for (const { name, path, form, status, contains } of cases) {
        const result = await send(server, path, { form });
        expect(result.status, `${name} (round ${round})`).toBe(status);
        expect(result.body, name).toContain(contains);
        expect(result.headers.get("cache-control"), name).toBe("no-store");
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.output().slice(logBefore)).toBe("");
  }, 120_000);

  it("a returnTo that is no plain path on this site goes home instead", async () => {
    for (const returnTo of ["/\u202E", "/é", "//elsewhere.example", "/\\elsewhere.example", "/a b", "https://elsewhere.example/"]) {
      const result = await send(server, "/language", { form: { language: "fr", returnTo } });
      expect(result.status, returnTo).toBe(303);
      expect(result.location, returnTo).toBe("/");
    }
    const kept = await send(server, "/language", { form: { language: "fr", returnTo: `/c/${demoSlug}/consent?x=%E2%80%AE` } });
    expect(kept.location).toBe(`/c/${demoSlug}/consent?x=%E2%80%AE`);
  });
});

/**
 * Sends a chunked body of `totalBytes` over a raw socket, as fast as the
 * server takes it. `written` counts what the socket accepted before the
 * server answered or closed the connection.
 */
function sendChunkedBody(baseUrl: string, path: string, totalBytes: number): Promise<{ status: number | null; written: number }> {
  const { port } = new URL(baseUrl);
  const chunk = Buffer.alloc(64 * 1024, "a");
  const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), "127.0.0.1");
    let written = 0;
    let response = "";
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      socket.destroy();
      resolve({ status: Number(response.match(/^HTTP\/1\.1 (\d{3})/)?.[1]) || null, written });
    };
    socket.on("data", (data: Buffer) => (response += data.toString("latin1")));
    socket.on("error", finish);
    socket.on("close", finish);
    socket.on("connect", () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${baseUrl}\r\n` +
          "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n",
      );
      const pump = () => {
        while (!finished && written < totalBytes) {
          written += chunk.length;
          if (!socket.write(frame)) return void socket.once("drain", pump);
        }
        if (!finished) socket.write("0\r\n\r\n");
      };
      pump();
    });
  });
}

/** The most memory the server process has held so far (VmHWM), in bytes. */
function peakMemory(pid: number): number {
  const kilobytes = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB/m)?.[1];
  return Number(kilobytes) * 1024;
}

describe("a chunked body (no Content-Length) far over the limit", () => {
  it("gets a 413 and the connection closed, without the server reading it into memory", async () => {
    const total = 64 * 1024 * 1024;
    const peakBefore = peakMemory(server.pid);
    const { status, written } = await sendChunkedBody(server.baseUrl, "/login", total);
    expect(status).toBe(413);
    // The server stopped reading near the limit: the client could not send it all.
    expect(written).toBeLessThan(total);
    // Generous: reading the whole body costs several times its size.
    expect(peakMemory(server.pid) - peakBefore).toBeLessThan(32 * 1024 * 1024);
    expect(maxBodyBytes).toBe(1024 * 1024);
  }, 60_000);

  it("a chunked body within the limit still reaches the form", async () => {
    const response = await fetch(`${server.baseUrl}/login`, {
      method: "POST",
      headers: { origin: server.baseUrl, "content-type": "application/x-www-form-urlencoded" },
      // A stream body makes fetch send it chunked.
      body: new Blob(["pseudonym=heron%20lilac&passphrase=not%20the%20right%20one"]).stream(),
      duplex: "half",
      redirect: "manual",
    } as RequestInit);
    // The form was read: the sign-in was refused, with the pseudonym kept.
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("heron lilac");
    expect(html).toContain("That pseudonym and passphrase do not match");
  });
});

describe("the quick-exit marker in production", () => {
  it("is Secure, HttpOnly and SameSite=Lax, like the session cookie", async () => {
    const result = await send(server, `/exit?from=${demoSlug}`);
    expect(result.status).toBe(303);
    const marker = result.setCookies.find((cookie) => cookie.startsWith("left="));
    expect(marker).toBe(`left=${demoSlug}; Path=/; Max-Age=300; HttpOnly; SameSite=Lax; Secure`);
    expect(result.setCookies.find((cookie) => cookie.startsWith("lng="))).toMatch(/; Secure$/);
  });
});
