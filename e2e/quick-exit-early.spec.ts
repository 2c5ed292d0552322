/**
 * The quick exit as a survivor on a slow phone meets it: it must work as
 * soon as the page is visible, long before the app's JavaScript has arrived
 * and React has hydrated (the early script in app/components/quick-exit.tsx);
 * the Shift hint shows only where Shift can work; the quick exit is
 * explained once before taking part; /safety gives step-by-step advice.
 */
import type { CDPSession, Page } from "@playwright/test";
import { exitDestinationFor } from "./db";
import { expect, neutralStubHeading, test, visit, waitForHydration, type Guard } from "./fixtures";
import { text } from "./locales";
import { appOrigin, demoSlug } from "./settings";

const consultationPath = `/c/${demoSlug}`;
const introPath = `${consultationPath}/before-you-start`;
const consentPath = `${consultationPath}/consent`;
const hint = "To leave quickly, press Shift three times or use the Quick exit button.";

/** The reviewer's slow-phone profile: 400 ms latency, 50 kB/s, CPU 6× slower, nothing cached. */
async function throttle(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send("Network.enable");
  await session.send("Network.setCacheDisabled", { cacheDisabled: true });
  await session.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 400,
    downloadThroughput: 50 * 1024,
    uploadThroughput: 50 * 1024,
  });
  await session.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  return session;
}

async function unthrottle(session: CDPSession): Promise<void> {
  await session.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await session.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

/** Whether React has attached its props to the quick-exit button yet. */
function isHydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const button = document.querySelector(".quick-exit__button");
    return Boolean(button) && Object.keys(button as Element).some((key) => key.startsWith("__reactProps$"));
  });
}

/**
 * Opens the consultation page on the slow profile and returns once its
 * heading is visible, with React not yet hydrated. The page was audited on a
 * first, normal visit; this slow copy is left before it finishes loading.
 */
async function openSlowly(page: Page, guard: Guard): Promise<CDPSession> {
  await visit(page, guard, consultationPath);
  guard.mayLeaveBeforeAudit(`${appOrigin}${consultationPath}`);
  const session = await throttle(page);
  await page.goto(consultationPath, { waitUntil: "commit" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();
  expect(await isHydrated(page), "the page hydrated before the test could act: the profile is not slow enough").toBe(false);
  return session;
}

test.describe("quick exit on a slow phone, before React hydrates", () => {
  // Loading on the slow profile takes several seconds on a loaded machine.
  test.slow();

  test("Shift pressed three times leaves as soon as the page is visible", async ({ page, guard }) => {
    const destination = await exitDestinationFor(demoSlug);
    const session = await openSlowly(page, guard);

    const pressed = Date.now();
    for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
    // The blanking happens in the same task as the third press.
    await expect(page).toHaveURL(destination, { timeout: 4_000 });
    await expect(page.getByRole("heading", { level: 1, name: neutralStubHeading })).toBeVisible();
    // /exit and its redirect cost two round trips at 400 ms; hydration on this profile takes far longer.
    expect(Date.now() - pressed).toBeLessThan(4_000);
    await unthrottle(session);
  });

  test("the button leaves and replaces the history entry before hydration", async ({ page, guard }) => {
    const destination = await exitDestinationFor(demoSlug);
    await visit(page, guard, "/safety");
    const session = await openSlowly(page, guard);

    await page.getByRole("button", { name: "Quick exit" }).click({ noWaitAfter: true });
    await expect(page).toHaveURL(destination, { timeout: 4_000 });
    await unthrottle(session);
    // location.replace() took the slow page out of history: Back asks for /safety,
    // which the marker cookie sends to the neutral site.
    const back = await page.goBack({ waitUntil: "commit" });
    const chain: string[] = [];
    for (let request = back?.request() ?? null; request; request = request.redirectedFrom()) chain.unshift(request.url());
    expect(chain[0]).toBe(`${appOrigin}/safety`);
    await expect(page.getByRole("heading", { level: 1, name: neutralStubHeading })).toBeVisible();
  });
});

test.describe("the Shift hint shows only where Shift can work", () => {
  test("with JavaScript and a keyboard (a computer), and still after hydration", async ({ page, guard }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await visit(page, guard, "/");
    await waitForHydration(page);
    await expect(page.getByText(hint)).toBeVisible();
    // The script's classes on <html> and its nonce must not upset React's hydration.
    expect(errors).toEqual([]);
  });

  test("not on a touch-only phone, until a real keyboard is used", async ({ openPage, guard }) => {
    const phone = await openPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    await visit(phone, guard, "/");
    await expect(phone.getByRole("button", { name: "Quick exit" })).toBeVisible();
    await expect(phone.getByText(hint)).toBeHidden();
    // A keyboard connected to the tablet or phone: now Shift ×3 can work.
    await phone.keyboard.press("a");
    await expect(phone.getByText(hint)).toBeVisible();
  });

  test("not without JavaScript", async ({ openPage, guard }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await visit(page, guard, "/");
    await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();
    await expect(page.getByText(hint)).toBeHidden();
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the quick exit is explained once before taking part (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });

    test("Take part leads to the explanation first, then straight to consent", async ({ page, context, guard }) => {
      await visit(page, guard, consultationPath);
      await page.getByRole("link", { name: text("en", "consultations:public.takePartWithout") }).click();
      await expect(page).toHaveURL(introPath);
      await expect(page.getByRole("heading", { level: 1, name: "Before you start: leaving quickly" })).toBeVisible();
      await expect(page.getByText("press the Shift key three times")).toBeVisible();
      await expect(page.getByText("does not delete your browsing history")).toBeVisible();
      // Remembered in a session cookie (no browser storage): HttpOnly, gone when the browser closes.
      const seen = (await context.cookies(appOrigin)).find((cookie) => cookie.name === "__Host-exit_intro");
      expect(seen?.value).toBe("1");
      expect(seen?.httpOnly).toBe(true);
      expect(seen?.expires).toBe(-1);
      await guard.settled();

      await page.getByRole("link", { name: "Continue" }).click();
      await expect(page).toHaveURL(consentPath);
      await guard.settled();

      // Not again: the consultation's Take part now goes straight to consent.
      await visit(page, guard, consultationPath);
      await page.getByRole("link", { name: text("en", "consultations:public.takePartWithout") }).click();
      await expect(page).toHaveURL(consentPath);
      await guard.settled();
    });
  });
}

test("the quick exit forgets that the explanation was seen", async ({ page, context, guard }) => {
  await visit(page, guard, introPath);
  expect((await context.cookies(appOrigin)).some((cookie) => cookie.name === "__Host-exit_intro")).toBe(true);
  await page.getByRole("button", { name: "Quick exit" }).click();
  await expect(page).toHaveURL(await exitDestinationFor(demoSlug));
  expect((await context.cookies(appOrigin)).some((cookie) => cookie.name === "__Host-exit_intro")).toBe(false);
});

test("/safety explains, browser by browser, how to remove this site from the history, and lists support", async ({
  page,
  guard,
}) => {
  await visit(page, guard, "/safety");
  await expect(page.getByRole("heading", { level: 2, name: "Removing this site from your history" })).toBeVisible();
  const firefox = page.locator("details", { has: page.getByText("Firefox", { exact: true }) });
  await expect(firefox.getByText("Forget About This Site")).toBeHidden();
  await firefox.getByText("Firefox", { exact: true }).click();
  await expect(firefox.getByText("Forget About This Site")).toBeVisible();
  for (const browser of ["Chrome on an Android phone", "Safari on an iPhone or iPad", "Samsung Internet", "Chrome on a computer"])
    await expect(page.getByText(browser, { exact: true })).toBeVisible();

  const support = page.getByRole("region", { name: "Support near you" });
  await expect(support.getByRole("heading", { level: 3, name: "Bogotá, Colombia" })).toBeVisible();
  await expect(support.getByRole("listitem").first()).toBeVisible();
});
