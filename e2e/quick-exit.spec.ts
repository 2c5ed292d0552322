/**
 * The quick exit (DESIGN.md §5.6, GOV.UK "Exit this page"): a button, Shift
 * three times, and a hidden link after the skip link; it blanks the page,
 * ends the session through /exit and leaves for the neutral site, and the
 * Back button must not bring the page back — with JavaScript on
 * (location.replace) and off (the short-lived `left` marker cookie).
 */
import type { Page, Response } from "@playwright/test";
import { exitDestinationFor } from "./db";
import { expect, neutralStubHeading, test, visit, waitForHydration, type Guard } from "./fixtures";
import { appOrigin, demoSlug } from "./settings";

const consultationPath = `/c/${demoSlug}`;
const consultationUrl = `${appOrigin}${consultationPath}`;
const blankingMarker = "e2e: page blanked";

/** The URLs a navigation went through, first request first (redirects included). */
function redirectChain(response: Response | null): string[] {
  const chain: string[] = [];
  for (let request = response?.request() ?? null; request; request = request.redirectedFrom()) chain.unshift(request.url());
  return chain;
}

async function expectOnNeutralSite(page: Page, destination: string) {
  await expect(page).toHaveURL(destination);
  await expect(page.getByRole("heading", { level: 1, name: neutralStubHeading })).toBeVisible();
}

/** Opens the consultation page and returns its heading text. */
async function openConsultation(page: Page, guard: Guard): Promise<string> {
  const response = await visit(page, guard, consultationPath);
  expect(response?.status()).toBe(200);
  const heading = page.getByRole("heading", { level: 1 });
  const title = (await heading.textContent())?.trim() ?? "";
  expect(title).not.toBe("");
  return title;
}

/** Back from the neutral site: it must not show the exited page, nor any app page. */
async function expectBackDoesNotReturn(page: Page, destination: string, exitedTitle: string): Promise<string[]> {
  // "commit": a page restored from the back/forward cache fires no load event.
  const back = await page.goBack({ waitUntil: "commit" });
  await expectOnNeutralSite(page, destination);
  expect(new URL(page.url()).origin).not.toBe(appOrigin);
  await expect(page.getByRole("heading", { name: exitedTitle })).toHaveCount(0);
  return redirectChain(back);
}

test.describe("quick exit with JavaScript", () => {
  test("the button blanks the page, leaves, and Back does not return to it", async ({ page, guard }) => {
    const destination = await exitDestinationFor(demoSlug);
    // Arrive the way people do: from the home page, by a client-side navigation.
    await visit(page, guard, "/");
    await page.getByRole("main").locator(`a[href="${consultationPath}"]`).click();
    await expect(page).toHaveURL(consultationPath);
    const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
    await waitForHydration(page);
    await guard.settled();

    // The page must blank itself before the server answers /exit. While a
    // navigation is pending Playwright cannot query the page, so the page
    // reports what it shows through the console, with /exit held meanwhile.
    await page.evaluate((marker) => {
      new MutationObserver(() => {
        if (!document.documentElement.classList.contains("quick-exit-active")) return;
        const overlay = document.querySelector(".quick-exit__overlay");
        const box = overlay?.getBoundingClientRect();
        const display = overlay ? getComputedStyle(overlay).display : "missing";
        console.log(`${marker} ${display} ${box?.width ?? 0}x${box?.height ?? 0}`);
      }).observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
    }, blankingMarker);
    const blanked = page.waitForEvent("console", (message) => message.text().startsWith(blankingMarker));
    const release = guard.hold((url) => url.pathname === "/exit");
    // A click resolves once the navigation it starts commits: awaited after the release.
    const clicked = page.getByRole("button", { name: "Quick exit" }).click();
    const viewport = page.viewportSize();
    expect((await blanked).text()).toBe(`${blankingMarker} block ${viewport?.width}x${viewport?.height}`);
    release();
    await clicked;

    await expectOnNeutralSite(page, destination);
    const chain = await expectBackDoesNotReturn(page, destination, title);
    // location.replace() took the exited page out of history: Back asked for
    // the page before it (the home page), which the marker sent away again.
    expect(chain[0]).toBe(`${appOrigin}/`);
    expect(chain).not.toContain(consultationUrl);
  });

  test("pressing Shift three times leaves, and Back does not return", async ({ page, guard }) => {
    const destination = await exitDestinationFor(demoSlug);
    await visit(page, guard, "/safety");
    const title = await openConsultation(page, guard);
    await waitForHydration(page);
    await guard.settled();

    for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
    await expectOnNeutralSite(page, destination);
    const chain = await expectBackDoesNotReturn(page, destination, title);
    // Back asked for the page before the exited one: replace() removed it from history.
    expect(chain[0]).toBe(`${appOrigin}/safety`);
    expect(chain).not.toContain(consultationUrl);
  });

  test("Shift used as a modifier (typing capitals) does not trigger it", async ({ page, guard }) => {
    const destination = await exitDestinationFor(demoSlug);
    await openConsultation(page, guard);
    await waitForHydration(page);
    await guard.settled();

    // Three Shift presses in all, each used to type capitals.
    for (let word = 0; word < 3; word++) {
      await page.keyboard.down("Shift");
      for (const key of ["A", "B", "C"]) await page.keyboard.press(key);
      await page.keyboard.up("Shift");
    }
    // Give a wrongly triggered exit time to start.
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(consultationPath);
    await expect(page.locator("html")).not.toHaveClass(/quick-exit-active/);

    // The shortcut was listening all along: three plain presses do leave.
    for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
    await expectOnNeutralSite(page, destination);
  });

  test("the hidden link follows the skip link, shows on focus and leaves", async ({ page, guard }) => {
    const destination = await exitDestinationFor(null);
    // A page before it in history: like the button, the link replaces its own entry,
    // so Back lands there — and the marker sends that page to the neutral site too.
    await visit(page, guard, "/");
    await visit(page, guard, "/safety");
    const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
    await waitForHydration(page);

    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.keyboard.press("Tab");
    const hiddenLink = page.getByRole("link", { name: "Leave this site now (quick exit)" });
    await expect(hiddenLink).toBeFocused();
    await expect(hiddenLink).toHaveAttribute("href", "/exit");
    await expect(hiddenLink).toBeInViewport();

    await page.keyboard.press("Enter");
    await expectOnNeutralSite(page, destination);
    await expectBackDoesNotReturn(page, destination, title);
  });
});

test.describe("quick exit without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the controls are plain links to /exit", async ({ page, guard }) => {
    await visit(page, guard, "/");
    await expect(page.getByRole("button", { name: "Quick exit" })).toHaveAttribute("href", "/exit");
    await expect(page.getByRole("link", { name: "Leave this site now (quick exit)" })).toHaveAttribute("href", "/exit");

    await openConsultation(page, guard);
    const exitHref = `/exit?from=${demoSlug}`;
    await expect(page.getByRole("button", { name: "Quick exit" })).toHaveAttribute("href", exitHref);
    await expect(page.getByRole("link", { name: "Leave this site now (quick exit)" })).toHaveAttribute("href", exitHref);
  });

  test("the button leaves, and Back does not show the page again", async ({ page, context, guard }) => {
    const destination = await exitDestinationFor(demoSlug);
    const title = await openConsultation(page, guard);

    const exitResponse = page.waitForResponse((response) => new URL(response.url()).pathname === "/exit");
    await page.getByRole("button", { name: "Quick exit" }).click();
    const exit = await exitResponse;
    await expectOnNeutralSite(page, destination);

    expect(exit.status()).toBe(303);
    const clearSiteData = (await exit.headerValue("clear-site-data")) ?? "";
    expect(clearSiteData).toContain('"cache"');
    expect(clearSiteData).toContain('"storage"');
    // Chromium kept the marker although the same response cleared site data.
    const marker = (await context.cookies(appOrigin)).find((cookie) => cookie.name === "left");
    expect(marker, "the `left` marker cookie was dropped").toBeDefined();
    expect(marker?.value).toBe(demoSlug);
    expect(marker?.httpOnly).toBe(true);
    const expiresIn = (marker?.expires ?? 0) - Date.now() / 1000;
    expect(expiresIn).toBeGreaterThan(4 * 60);
    expect(expiresIn).toBeLessThanOrEqual(5 * 60 + 5);

    // Without JavaScript the exited page stays in history; Back asks the
    // server for it again and the marker sends the browser away.
    const chain = await expectBackDoesNotReturn(page, destination, title);
    expect(chain[0]).toBe(consultationUrl);
    expect(chain.at(-1)).toBe(destination);

    // For the next few minutes any app page leads to the neutral site.
    await page.goto("/safety");
    await expectOnNeutralSite(page, await exitDestinationFor(null));
  });
});
