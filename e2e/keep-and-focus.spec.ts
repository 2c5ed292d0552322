/**
 * Nothing typed is lost when a participant changes language or follows a
 * header link before saving; and, with a keyboard on a small phone (375×667),
 * focus goes where the person needs it — the new step's heading, or the
 * error summary — and is never hidden under the sticky Quick exit bar.
 */
import type { Page } from "@playwright/test";
import { expect, test, visit, waitForHydration, type Guard } from "./fixtures";
import { text } from "./locales";
import { earlySignsPrompt, leave, startContribution } from "./participation-support";
import { demoSlug } from "./settings";

const typed = "Nobody asked us before; they should ask the women's groups first.";

async function changeLanguage(page: Page, guard: Guard, languageName: string) {
  const header = page.getByRole("banner");
  await header.getByRole("combobox", { name: text("en", "language.label") }).selectOption({ label: languageName });
  await leave(guard, () => header.getByRole("button", { name: text("en", "language.submit") }).click());
}

/** The first answer box of theme 1, found the same way in every language. */
const firstAnswer = (page: Page) => page.locator("main textarea").first();

for (const javaScriptEnabled of [false, true]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("changing language on a theme page keeps the typed text and the step", async ({ page, guard }) => {
      await startContribution(page, guard);
      if (javaScriptEnabled) await waitForHydration(page);
      await page.getByLabel(earlySignsPrompt).fill(typed);
      // At once: well before the 10-second autosave could have run.
      await changeLanguage(page, guard, "Español");

      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(firstAnswer(page)).toHaveValue(typed);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("es", "themes.prevention"));
      await expect(page).toHaveURL(new RegExp(`/c/${demoSlug}/respond\\?step=prevention$`));
      // Saved, not only kept on the page: a fresh load shows it too.
      await leave(guard, () => page.reload());
      await expect(firstAnswer(page)).toHaveValue(typed);
    });

    test("after an error the error summary comes first, names the field and links to it", async ({ page, guard }) => {
      await page.setViewportSize({ width: 375, height: 667 });
      await visit(page, guard, `/c/${demoSlug}/consent`);
      if (javaScriptEnabled) await waitForHydration(page);
      // Public quotes without the drafters' reading is refused.
      await page.getByRole("checkbox", { name: /Use my input in anonymised thematic summaries/ }).check();
      await page.getByRole("checkbox", { name: /public/i }).check();
      await leave(guard, () => page.getByRole("button", { name: "Continue to the questions" }).click());

      const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: text("en", "errorSummary.title") }) });
      await expect(summary).toBeVisible();
      expect((await page.getByRole("main").innerText()).trimStart().startsWith(text("en", "errorSummary.title"))).toBe(true);
      if (javaScriptEnabled) await expect(summary).toBeFocused();

      const entry = summary.getByRole("link", { name: new RegExp(`^${text("en", "participation:consent.choices.legend")}: `) });
      await expect(entry).toContainText("To allow quotes in public reports");
      await entry.click();
      const firstChoice = page.getByRole("checkbox", { name: /Use my input in anonymised thematic summaries/ });
      if (javaScriptEnabled) await expect(firstChoice).toBeFocused();
      else await expect(page).toHaveURL(/#consent-useInSummaries$/);
      await expectNotUnderBar(page, firstChoice);
      // The choices as they were ticked.
      await expect(firstChoice).toBeChecked();
    });
  });
}

test.describe("JavaScript on", () => {
  test("following a header link before the autosave saves first, then leaves", async ({ page, guard }) => {
    await startContribution(page, guard);
    await waitForHydration(page);
    await page.getByLabel(earlySignsPrompt).fill(typed);
    const saved = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/respond"));
    await leave(guard, () => page.getByRole("banner").getByRole("link", { name: text("en", "nav.safety") }).click());
    expect((await saved).status()).toBe(200);
    await expect(page).toHaveURL("/safety");
    await guard.settled();
    await visit(page, guard, `/c/${demoSlug}/respond?step=prevention`);
    await expect(page.getByLabel(earlySignsPrompt)).toHaveValue(typed);
  });

  test("a too-long answer: the summary takes focus and names the question", async ({ page, guard }) => {
    await startContribution(page, guard);
    await waitForHydration(page);
    await page.getByLabel(earlySignsPrompt).fill("word ".repeat(2001));
    await leave(guard, () => page.getByRole("button", { name: text("en", "participation:respond.next") }).click());
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: text("en", "errorSummary.title") }) });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(`“${earlySignsPrompt}” is longer than we can accept`);
    await expect(summary.getByRole("link", { name: new RegExp(`^${escapeRegExp(earlySignsPrompt)}: `) })).toBeVisible();
  });

  test("keyboard only at 375×667: consent and one theme, nothing focused is hidden by the Quick exit bar", async ({ page, guard }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await visit(page, guard, `/c/${demoSlug}/consent`);
    await waitForHydration(page);

    // Consent: Tab to the first choice, tick it with Space, Tab on to the button, Enter.
    await tabUntil(page, async () => (await focusedName(page)).includes("Use my input in anonymised thematic summaries"));
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: /Use my input in anonymised thematic summaries/ })).toBeChecked();
    await tabUntil(page, async () => (await focusedName(page)) === "Continue to the questions");
    await leave(guard, () => page.keyboard.press("Enter"));

    // Theme 1: focus is on its heading, not left behind on a button that no longer exists.
    await expect(page.getByText("Theme 1 of 4")).toBeVisible();
    const heading = page.getByRole("heading", { level: 1, name: text("en", "themes.prevention") });
    await expect(heading).toBeFocused();
    await tabUntil(page, async () => (await focusedName(page)) === earlySignsPrompt);
    await page.keyboard.type(typed);
    const onNext = async () => (await focusedName(page)) === text("en", "participation:respond.next");
    await tabUntil(page, onNext);
    // Back up the long page with Shift+Tab: each box scrolls in at the top edge, where the bar is.
    await tabUntil(page, async () => (await focusedName(page)) === earlySignsPrompt, "Shift+Tab");
    await tabUntil(page, onNext);
    await leave(guard, () => page.keyboard.press("Enter"));

    await expect(page.getByText("Theme 2 of 4")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: text("en", "themes.protection") })).toBeFocused();
    await expectFocusNotUnderBar(page);
    await leave(guard, () => page.goto(`/c/${demoSlug}/respond?step=prevention`));
    await expect(page.getByLabel(earlySignsPrompt)).toHaveValue(typed);
  });
});

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The accessible name the focused element would be found by (its label, or its text). */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return "";
    const labelled = "labels" in element ? (element as HTMLInputElement).labels?.[0] : undefined;
    return (labelled?.textContent ?? element.textContent ?? "").replace(/\s+/g, " ").trim();
  });
}

/** Tab (at most 80 times) until `done`; after every press the focused element must be clear of the bar. */
async function tabUntil(page: Page, done: () => Promise<boolean>, key: "Tab" | "Shift+Tab" = "Tab") {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press(key);
    await expectFocusNotUnderBar(page);
    if (await done()) return;
  }
  throw new Error("never reached the element by Tab");
}

/** The focused element's box and the sticky bar's do not overlap (unless the element is in the bar). */
async function expectFocusNotUnderBar(page: Page) {
  const boxes = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const bar = document.querySelector(".quick-exit")!.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return {
      what: `${element.tagName} ${element.id} ${element.textContent?.slice(0, 40) ?? ""}`,
      inBar: Boolean(element.closest(".quick-exit")),
      bar: { top: bar.top, bottom: bar.bottom },
      box: { top: box.top, bottom: box.bottom },
    };
  });
  if (boxes.inBar) return;
  const overlaps = boxes.box.top < boxes.bar.bottom && boxes.box.bottom > boxes.bar.top;
  expect(overlaps, `${boxes.what} at ${JSON.stringify(boxes.box)} is under the bar ${JSON.stringify(boxes.bar)}`).toBe(false);
}

async function expectNotUnderBar(page: Page, locator: ReturnType<Page["locator"]>) {
  const bar = (await page.locator(".quick-exit").boundingBox())!;
  const box = (await locator.boundingBox())!;
  const overlaps = box.y < bar.y + bar.height && box.y + box.height > bar.y;
  expect(overlaps, `${JSON.stringify(box)} is under the bar ${JSON.stringify(bar)}`).toBe(false);
}
