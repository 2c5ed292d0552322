/**
 * e2e/browser.ts: which Chromium Playwright drives, and the message when
 * the machine has none (printed by playwright.config.ts before Playwright's
 * own, which names only the download).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chooseChromium } from "../e2e/browser.ts";

const folder = await mkdtemp(path.join(tmpdir(), "convene-chromium-"));
afterAll(() => rm(folder, { recursive: true, force: true }));
const missing = path.join(folder, "missing");

describe("chooseChromium", () => {
  it("prefers Debian's Chromium when installed", async () => {
    const debian = path.join(folder, "chromium");
    await writeFile(debian, "");
    expect(chooseChromium({ debian, playwright: missing })).toEqual({ executablePath: debian });
  });

  it("falls back to Playwright's own browser when that is installed", async () => {
    const playwright = path.join(folder, "chrome");
    await writeFile(playwright, "");
    expect(chooseChromium({ debian: missing, playwright })).toEqual({});
  });

  it("with neither, names both ways to install one", () => {
    const { problem, executablePath } = chooseChromium({ debian: "/usr/bin/chromium-absent", playwright: missing });
    expect(executablePath).toBeUndefined();
    expect(problem).toContain("apt-get install chromium");
    expect(problem).toContain("/usr/bin/chromium-absent");
    expect(problem).toContain("npx playwright install chromium");
  });
});
