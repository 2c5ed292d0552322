/**
 * Issue 10, bug 9: invitation links printed by the CLI pointed at port 3000
 * while the server ran on another PORT. The CLI now follows the server's
 * own address rule, and the address a running server recorded.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliPublicUrl, recordServerUrl, serverPublicUrl } from "./public-url.ts";

const folder = mkdtempSync(path.join(tmpdir(), "convene-url-"));
const file = path.join(folder, "server-url");
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the address in printed links", () => {
  it("is the one the running server gave, when the CLI's shell sets neither PORT nor CONVENE_PUBLIC_URL", () => {
    recordServerUrl(serverPublicUrl({ PORT: "3312" }), file);
    expect(cliPublicUrl({}, file)).toEqual({ url: "http://localhost:3312/", source: "running server" });
    expect(new URL("/staff/invitation/abc", cliPublicUrl({}, file).url).toString()).toBe("http://localhost:3312/staff/invitation/abc");
  });

  it("follows the settings first, by the same rule as the server", () => {
    expect(cliPublicUrl({ PORT: "4100" }, file).url).toBe(serverPublicUrl({ PORT: "4100" }));
    expect(cliPublicUrl({ CONVENE_PUBLIC_URL: "https://convene.example.org", PORT: "4100" }, file).url).toBe("https://convene.example.org/");
    expect(serverPublicUrl({})).toBe("http://localhost:3000/");
  });

  it("says when it only guessed", () => {
    expect(cliPublicUrl({}, path.join(folder, "none"))).toEqual({ url: "http://localhost:3000/", source: "default" });
  });
});
