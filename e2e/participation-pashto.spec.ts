/**
 * Issue 14, acceptance 2: in Pashto, with JavaScript disabled, from the home
 * page (choosing Pashto there) to "Submit my input" on the second demo
 * consultation (The Hague), with screenshots of the main steps attached to
 * the test output. Then, with JavaScript on, the self-hosted Vazirmatn font
 * is what the page uses for Pashto letters, and it came from our own origin.
 */
import type { Page, TestInfo } from "@playwright/test";
import { hagueConsultation, hagueQuestions } from "../app/modules/demo/hague-demo-content";
import { expect, test, visit, type Guard } from "./fixtures";
import { text } from "./locales";
import { appOrigin } from "./settings";

test.use({ javaScriptEnabled: false });

const ps = (key: string, values: Record<string, string | number> = {}) => text("ps", key, values);
const slug = hagueConsultation.slug;
const pashtoSample = "ښ ډ ټ ځ څ ږ ګ ړ";
const answer = "د نجونو له ښوونځیو ایستل لومړۍ نښه ده.";

async function leave(guard: Guard, action: () => Promise<unknown>) {
  await guard.settled();
  await action();
  await guard.settled();
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

test("in Pashto without JavaScript: home, the Hague consultation, consent, an answer, review, Submit my input", async ({ page, guard }, testInfo) => {
  test.setTimeout(90_000);
  await visit(page, guard, "/");
  const banner = page.getByRole("banner");
  await banner.getByRole("combobox", { name: "Language" }).selectOption({ label: "پښتو" });
  await leave(guard, () => banner.getByRole("button", { name: "Change language" }).click());
  await expect(page.locator("html")).toHaveAttribute("lang", "ps");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: ps("home.title") })).toBeVisible();
  await screenshot(page, testInfo, "1-home-ps");

  await leave(guard, () => page.getByRole("link", { name: hagueConsultation.text.ps.title }).click());
  await expect(page.getByRole("heading", { level: 1, name: hagueConsultation.text.ps.title })).toBeVisible();
  await screenshot(page, testInfo, "2-consultation-ps");
  await leave(guard, () => page.getByRole("link", { name: ps("consultations:public.takePartWithout"), exact: true }).click());
  // The first time, a page about the quick exit comes before consent.
  if (page.url().includes("/before-you-start")) {
    await leave(guard, () => page.getByRole("link", { name: ps("participation:quickExitIntro.continue") }).click());
  }

  await expect(page.getByRole("heading", { level: 1, name: ps("participation:consent.title") })).toBeVisible();
  for (const box of await page.getByRole("checkbox").all()) await expect(box).not.toBeChecked();
  await page.getByRole("checkbox", { name: ps("participation:consent.choices.useInSummaries") }).check();
  await screenshot(page, testInfo, "3-consent-ps");
  await leave(guard, () => page.getByRole("button", { name: ps("participation:consent.start") }).click());

  // Theme 1 of 4: one answer in Pashto, then on through the other themes without answering.
  await expect(page.getByText(ps("participation:progress.theme", { current: "۱", total: "۴" }))).toBeVisible();
  await page.getByLabel(hagueQuestions[0]!.prompt.ps).fill(answer);
  await screenshot(page, testInfo, "4-theme-1-ps");
  for (const next of [2, 3, 4]) {
    await leave(guard, () => page.getByRole("button", { name: ps("participation:respond.next") }).click());
    await expect(page.getByText(ps("participation:progress.theme", { current: ["۲", "۳", "۴"][next - 2]!, total: "۴" }))).toBeVisible();
  }
  await leave(guard, () => page.getByRole("button", { name: ps("participation:respond.toReview") }).click());

  await expect(page.getByRole("heading", { level: 1, name: ps("participation:review.title") })).toBeVisible();
  await expect(page.getByText(answer)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: ps("participation:consent.choices.useInSummaries") })).toBeChecked();
  await screenshot(page, testInfo, "5-review-ps");
  await leave(guard, () => page.getByRole("button", { name: ps("participation:review.submit") }).click());
  await expect(page.getByRole("heading", { level: 1, name: ps("participation:sent.title") })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await screenshot(page, testInfo, "6-sent-ps");
});

test("in Pashto with JavaScript: the page's Pashto letters are drawn with the self-hosted Vazirmatn, from our origin", async ({ openPage }, testInfo) => {
  const page = await openPage({ javaScriptEnabled: true });
  const fontResponses: { url: string; status: number }[] = [];
  page.on("response", (response) => {
    if (/\.(?:woff2?|ttf|otf)(?:\?|$)/.test(response.url())) fontResponses.push({ url: response.url(), status: response.status() });
  });
  await page.goto(`/c/${slug}?lng=ps`, { waitUntil: "networkidle" });
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const fonts = await page.evaluate(async (sample) => {
    await document.fonts.ready;
    await document.fonts.load("16px Vazirmatn", sample);
    return {
      check: document.fonts.check("16px Vazirmatn", sample),
      // check() is also true for a family with no @font-face at all: so also require a loaded Vazirmatn face.
      loaded: [...document.fonts].filter((face) => face.family.replace(/["']/g, "") === "Vazirmatn" && face.status === "loaded").length,
      bodyFont: getComputedStyle(document.body).fontFamily,
    };
  }, pashtoSample);
  expect(fonts.check).toBe(true);
  expect(fonts.loaded).toBeGreaterThan(0);
  expect(fonts.bodyFont).toMatch(/^"?Vazirmatn"?,/);
  expect(fontResponses.length).toBeGreaterThan(0);
  for (const response of fontResponses) {
    expect(new URL(response.url).origin).toBe(appOrigin);
    expect(response.url).toMatch(/vazirmatn-arabic-\d00-normal-[\w-]+\.woff2$/);
    expect(response.status).toBe(200);
  }
  await testInfo.attach("consultation-ps-with-font", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
});
