/**
 * Page weight for old phones on slow, metered connections: a first visit
 * (empty cache, JavaScript on) to the pages people land on must stay within
 * a byte budget, counted as the browser counts "transferred" — every
 * response's encoded body plus its headers, as received on the wire.
 *
 * The budget fails if responses go out uncompressed, if every language's
 * strings are sent instead of the page's own, or if server-only code (zod
 * schemas) is pulled into the browser bundle.
 */
import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./fixtures";
import { text } from "./locales";
import { demoSlug } from "./settings";

/** At most this many bytes transferred for a first visit, all responses together. */
const firstVisitBudgetBytes = 150 * 1024;

type Transfer = { url: string; bytes: number; encoding: string };

/** Loads `path` in the (fresh, empty-cache) page and returns what each response cost on the wire. */
async function firstVisit(page: Page, path: string): Promise<Transfer[]> {
  const session = await page.context().newCDPSession(page);
  const urls = new Map<string, string>();
  const encodings = new Map<string, string>();
  const transfers: Transfer[] = [];
  session.on("Network.responseReceived", (event: { requestId: string; response: { url: string; headers: Record<string, string> } }) => {
    urls.set(event.requestId, event.response.url);
    const encoding = Object.entries(event.response.headers).find(([name]) => name.toLowerCase() === "content-encoding");
    encodings.set(event.requestId, encoding?.[1] ?? "identity");
  });
  session.on("Network.loadingFinished", (event: { requestId: string; encodedDataLength: number }) => {
    transfers.push({
      url: urls.get(event.requestId) ?? "(unknown)",
      bytes: event.encodedDataLength,
      encoding: encodings.get(event.requestId) ?? "identity",
    });
  });
  await session.send("Network.enable");
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  await waitForHydration(page);
  // Anything hydration asked for has arrived once the network is quiet again.
  await page.waitForLoadState("networkidle");
  await session.detach();
  return transfers;
}

function describeTransfers(transfers: Transfer[]): string {
  return transfers
    .map(({ url, bytes, encoding }) => `${String(bytes).padStart(8)}  ${encoding.padEnd(8)} ${new URL(url).pathname}`)
    .join("\n");
}

for (const path of ["/", `/c/${demoSlug}`]) {
  test(`a first visit to ${path} with JavaScript on transfers at most 150 KB`, async ({ page }, testInfo) => {
    const transfers = await firstVisit(page, path);
    const total = transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
    const report = `${describeTransfers(transfers)}\n${String(total).padStart(8)}  total`;
    await testInfo.attach("transfers", { body: report, contentType: "text/plain" });
    // Printed too: the numbers are what a change to the bundle is judged by.
    console.log(`${path}\n${report}`);
    // The page really loaded its scripts (a budget met by a broken page proves nothing).
    expect(transfers.some((transfer) => new URL(transfer.url).pathname.endsWith(".js"))).toBe(true);
    expect(total, `transferred bytes for ${path}:\n${report}`).toBeLessThanOrEqual(firstVisitBudgetBytes);
    // Latin-script pages never fetch the Arabic-script fonts, not even their stylesheets (issue 14).
    expect(transfers.filter((transfer) => /vazirmatn|noto-naskh/i.test(transfer.url)).map((transfer) => transfer.url)).toEqual([]);
  });
}

test.describe("in Spanish", () => {
  test.use({ locale: "es-ES" });

  test("a first visit downloads Spanish strings only, not English as a fallback", async ({ page }) => {
    const scripts: Promise<string>[] = [];
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.endsWith(".js")) scripts.push(response.text());
    });
    await page.goto("/", { waitUntil: "networkidle" });
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await waitForHydration(page);
    const sources = await Promise.all(scripts);
    expect(sources.some((source) => source.includes(text("es", "home.title")))).toBe(true);
    for (const other of ["en", "fr", "ar"] as const)
      expect(sources.some((source) => source.includes(text(other, "home.title"))), other).toBe(false);
  });
});
