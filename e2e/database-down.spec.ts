/**
 * The database stops while someone is giving input: the consent step, the
 * answer page and "Submit my input" come back as a 503 with the same form,
 * what was typed or ticked still in it, the same idempotency key and a
 * "Try again" button; once the database is back, one retry saves exactly
 * once. Without JavaScript (the server renders the form again) and with it
 * (the page keeps the form). The quick exit works with the database down.
 *
 * This spec stops the e2e app's PostgreSQL, so it runs in its own
 * Playwright project after every other test (playwright.config.ts), one
 * test at a time, and always starts the database again. On its own:
 * `npx playwright test e2e/database-down.spec.ts --no-deps`.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { startDatabase, stopDatabase } from "./database-server";
import { generateSessionToken } from "./db";
import { expect, neutralStubHeading, test, visit, waitForHydration, type Guard } from "./fixtures";
import { contributionsOf, earlySignsPrompt, leave, startContribution } from "./participation-support";
import { appOrigin, demoSlug } from "./settings";

test.describe.configure({ mode: "serial" });

test.afterEach(async () => {
  await startDatabase();
});

const summariesChoice = /Use my input in anonymised thematic summaries/;
const notSaved = "We could not save this just now. Your text is still here";

/**
 * A session cookie the database does not know: every page then asks the
 * database who is signed in (and, with it down, must still render).
 */
async function addUnknownSessionCookie(context: BrowserContext) {
  const cookie = { name: "__Host-session", value: generateSessionToken(), domain: new URL(appOrigin).hostname, path: "/" };
  await context.addCookies([{ ...cookie, secure: true, httpOnly: true, sameSite: "Lax" }]);
}

const formKeyOf = (page: Page) => page.locator('input[name="idempotencyKey"]').inputValue();

/** Presses a submit button without JavaScript; returns the status of the document the server answered. */
async function sendForm(page: Page, guard: Guard, button: string): Promise<number> {
  const [response] = await leave(guard, () =>
    Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === "POST"),
      page.getByRole("button", { name: button }).click(),
    ]),
  );
  return response.status();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("consent, an answer and the send come back as 503 with what was typed; one retry saves once", async ({
    page,
    context,
    guard,
  }) => {
    // Stopping and starting PostgreSQL takes seconds on a loaded machine.
    test.setTimeout(240_000);
    await addUnknownSessionCookie(context);

    // The consent step.
    await visit(page, guard, `/c/${demoSlug}/consent`);
    const consentKey = await formKeyOf(page);
    await stopDatabase();
    await page.getByRole("checkbox", { name: summariesChoice }).check();
    expect(await sendForm(page, guard, "Continue to the questions")).toBe(503);
    await expect(page.getByRole("alert")).toContainText(notSaved);
    await expect(page.getByRole("checkbox", { name: summariesChoice })).toBeChecked();
    expect(await formKeyOf(page)).toBe(consentKey);
    await startDatabase();
    await leave(guard, () => page.getByRole("button", { name: "Try again" }).click());
    await expect(page.getByText("Theme 1 of 4")).toBeVisible();
    expect(await contributionsOf(context)).toMatchObject([{ status: "draft", answers: 0 }]);

    // "Save and go to the next theme".
    const typed = "Teachers told girls to stay at home, and the buses stopped for them first.";
    const answerKey = await formKeyOf(page);
    await stopDatabase();
    await page.getByLabel(earlySignsPrompt).fill(typed);
    expect(await sendForm(page, guard, "Save and go to the next theme")).toBe(503);
    await expect(page.getByRole("alert")).toContainText(notSaved);
    await expect(page.getByRole("heading", { level: 1, name: "Prevention" })).toBeVisible();
    await expect(page.getByLabel(earlySignsPrompt)).toHaveValue(typed);
    expect(await formKeyOf(page)).toBe(answerKey);
    await startDatabase();
    expect(await contributionsOf(context)).toMatchObject([{ answers: 0 }]);
    await leave(guard, () => page.getByRole("button", { name: "Try again" }).click());
    await expect(page.getByText("Theme 2 of 4")).toBeVisible();
    expect(await contributionsOf(context)).toMatchObject([{ status: "draft", answers: 1 }]);
    await visit(page, guard, `/c/${demoSlug}/respond?step=prevention`);
    await expect(page.getByLabel(earlySignsPrompt)).toHaveValue(typed);

    // "Submit my input".
    await visit(page, guard, `/c/${demoSlug}/respond?step=review`);
    await expect(page.getByText(typed)).toBeVisible();
    const reviewKey = await formKeyOf(page);
    await stopDatabase();
    expect(await sendForm(page, guard, "Submit my input")).toBe(503);
    await expect(page.getByRole("heading", { level: 1, name: "Review and send" })).toBeVisible();
    await expect(page.getByRole("alert")).toContainText(notSaved);
    await expect(page.getByRole("checkbox", { name: summariesChoice })).toBeChecked();
    expect(await formKeyOf(page)).toBe(reviewKey);
    await startDatabase();
    expect(await contributionsOf(context)).toMatchObject([{ status: "draft", submitKeys: 0 }]);
    await leave(guard, () => page.getByRole("button", { name: "Try again" }).click());
    await expect(page.getByRole("heading", { level: 1, name: "Thank you. Your input was received" })).toBeVisible();
    // Exactly one contribution, sent once, with its one answer.
    expect(await contributionsOf(context)).toMatchObject([{ status: "received", answers: 1, submitKeys: 1 }]);
  });

  test("the quick exit still leaves for the neutral site", async ({ page, context, guard }) => {
    test.setTimeout(120_000);
    // With a session cookie, the exit tries to end that session in the database.
    await addUnknownSessionCookie(context);
    await visit(page, guard, `/c/${demoSlug}/consent`);
    await stopDatabase();
    await leave(guard, () => page.getByRole("button", { name: "Quick exit" }).click());
    await expect(page.getByRole("heading", { name: neutralStubHeading })).toBeVisible();
  });
});

test("with JavaScript: the server's 503 keeps the answer on the page; one retry saves once", async ({ page, context, guard }) => {
  test.setTimeout(180_000);
  await startContribution(page, guard, () => waitForHydration(page));
  const typed = "Families were told to keep their daughters away from the courts.";
  await stopDatabase();
  await page.getByLabel(earlySignsPrompt).fill(typed);
  await page.getByRole("button", { name: "Save and go to the next theme" }).click();
  await expect(page.getByRole("alert")).toContainText(notSaved);
  await expect(page.getByRole("heading", { level: 1, name: "Prevention" })).toBeVisible();
  await expect(page.getByLabel(earlySignsPrompt)).toHaveValue(typed);
  await startDatabase();
  await leave(guard, () => page.getByRole("button", { name: "Try again" }).click());
  await expect(page.getByText("Theme 2 of 4")).toBeVisible();
  expect(await contributionsOf(context)).toMatchObject([{ status: "draft", answers: 1 }]);
});
