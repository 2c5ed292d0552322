/**
 * Row 7: bytes transferred for a first visit (empty cache, JavaScript on) in
 * Chromium, counted as e2e/page-weight.spec.ts counts them — every
 * response's encodedDataLength (body as received plus headers) from the
 * DevTools protocol, until the network is quiet after hydration.
 */
import { chromium } from "@playwright/test";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function firstVisitBytes(baseUrl: string, paths: readonly string[]): Promise<Record<string, number>> {
  const browser = await chromium.launch({ executablePath });
  try {
    const totals: Record<string, number> = {};
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      let bytes = 0;
      session.on("Network.loadingFinished", (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
      await session.send("Network.enable");
      const response = await page.goto(baseUrl + path, { waitUntil: "networkidle" });
      if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
      // Hydrated (React's props on the page's elements, as e2e/fixtures.ts waits for), then quiet again.
      await page.waitForFunction(
        () => Object.keys(document.getElementById("main") ?? {}).some((key) => key.startsWith("__reactProps$")),
        undefined,
        { timeout: 30_000 },
      );
      await page.waitForLoadState("networkidle");
      await session.detach();
      await context.close();
      totals[path] = bytes;
    }
    return totals;
  } finally {
    await browser.close();
  }
}
