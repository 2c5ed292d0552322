/**
 * The Guard (e2e/fixtures.ts) checks every page the suite visits; these
 * tests show that its reflow check can fail. Each uses a Guard of its own on
 * a context of its own, so the failure it provokes is asserted here instead
 * of failing the test through the shared fixture.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, Guard, reflowWidth, test, visit } from "./fixtures";
import { appOrigin } from "./settings";

const path = "/safety";
const tooWide = new RegExp(`Pages wider than a ${reflowWidth} px viewport[^]*${path} — \\d+ px wide in a ${reflowWidth} px viewport`);

async function watchedPage(browser: Browser, guard: Guard, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, baseURL: appOrigin, serviceWorkers: "block" });
  guard.watch(context, { javaScriptEnabled });
  const page = await context.newPage();
  await guard.ready(page);
  return page;
}

test.describe("the Guard's reflow check (WCAG 1.4.10: no sideways scrolling at 320 px)", () => {
  test("with JavaScript on: a page that fits passes, the same page made wider than 320 px fails", async ({
    browser,
    neutralDestinations,
  }) => {
    const guard = new Guard(neutralDestinations);
    const page = await watchedPage(browser, guard, true);
    try {
      await visit(page, guard, path);
      await guard.check();

      // Before the app's own scripts run, so the page is wide from the start.
      // A style property, not an element: React's hydration would remove an element it did not render.
      await page.addInitScript(() =>
        document.addEventListener("DOMContentLoaded", () => {
          document.body.style.minInlineSize = "1000px";
        }),
      );
      await visit(page, guard, path);
      await expect(page.locator("body")).toHaveCSS("min-inline-size", "1000px");
      await expect(guard.check()).rejects.toThrow(tooWide);
    } finally {
      await guard.close();
      await page.context().close();
    }
  });

  test("with JavaScript off: a page that fits passes, the same page with a wide element fails", async ({
    browser,
    neutralDestinations,
  }) => {
    const guard = new Guard(neutralDestinations);
    const page = await watchedPage(browser, guard, false);
    // A second context: its cache is empty, so the stylesheet is requested (and can be held).
    const widened = await watchedPage(browser, guard, false);
    try {
      await visit(page, guard, path);
      await guard.check();

      // The audit waits for the page's load event, which waits for the held
      // stylesheet: the element is in the page before the audit can run.
      const release = guard.hold((url) => url.pathname.endsWith(".css"));
      await widened.goto(path, { waitUntil: "domcontentloaded" });
      await widened.evaluate(() => {
        const wide = document.createElement("div");
        wide.className = "e2e-too-wide";
        wide.style.inlineSize = "1000px";
        wide.textContent = "wide";
        document.getElementById("main")?.append(wide);
      });
      release();
      await guard.settled();
      await expect(guard.check()).rejects.toThrow(/sticking out: [^\n]*div\.e2e-too-wide/);
      await expect(guard.check()).rejects.toThrow(tooWide);
    } finally {
      await guard.close();
      await Promise.all([page.context().close(), widened.context().close()]);
    }
  });
});
