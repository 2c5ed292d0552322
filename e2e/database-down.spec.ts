/**
 * The database stops while someone is answering (without JavaScript): the
 * answer page and "Submit my input" come back as a 503 with the same form,
 * the text still in it and a "Try again" button; once the database is back,
 * one retry saves the answer and sends the contribution exactly once.
 *
 * This spec stops the e2e app's PostgreSQL, so it runs in its own
 * Playwright project after every other test (playwright.config.ts), one
 * test at a time, and always starts the database again.
 */
import { expect, neutralStubHeading, test, visit } from "./fixtures";
import { startDatabase, stopDatabase } from "./database-server";
import {
  contributionsOf,
  earlySignsPrompt,
  leave,
  startContribution,
} from "./participation-support";
import { demoSlug } from "./settings";

test.use({ javaScriptEnabled: false });
test.describe.configure({ mode: "serial" });

test.afterEach(async () => {
  await startDatabase();
});

const typed =
  "Teachers told girls to stay at home, and the buses stopped for them first.";

test("database down without JavaScript: the answer and the send come back with what was typed, one retry saves once", async ({
  page,
  context,
  guard,
}) => {
  // Stopping and starting PostgreSQL takes seconds on a loaded machine.
  test.setTimeout(180_000);
  await startContribution(page, guard);

  await stopDatabase();
  await page.getByLabel(earlySignsPrompt).fill(typed);
  const saved = await leave(guard, () =>
    Promise.all([
      page.waitForResponse(
        (response) => response.request().method() === "POST"
      ),
      page
        .getByRole("button", { name: "Save and go to the next theme" })
        .click(),
    ])
  );
  expect(saved[0].status()).toBe(503);
  await expect(page.getByRole("alert")).toContainText(
    "We could not save this just now. Your text is still here"
  );
  await expect(
    page.getByRole("heading", { level: 1, name: "Prevention" })
  ).toBeVisible();
  await expect(page.getByLabel(earlySignsPrompt)).toHaveValue(typed);

  await startDatabase();
  expect((await contributionsOf(context))[0]?.answers).toBe(0);
  await leave(guard, () =>
    page.getByRole("button", { name: "Try again" }).click()
  );
  await expect(page.getByText("Theme 2 of 4")).toBeVisible();
  const [afterSave] = await contributionsOf(context);
  expect(afterSave).toMatchObject({ status: "draft", answers: 1 });
  await visit(page, guard, `/c/${demoSlug}/respond?step=prevention`);
  await expect(page.getByLabel(earlySignsPrompt)).toHaveValue(typed);

  await visit(page, guard, `/c/${demoSlug}/respond?step=review`);
  await expect(page.getByText(typed)).toBeVisible();
  await stopDatabase();
  const sent = await leave(guard, () =>
    Promise.all([
      page.waitForResponse(
        (response) => response.request().method() === "POST"
      ),
      page.getByRole("button", { name: "Submit my input" }).click(),
    ])
  );
  expect(sent[0].status()).toBe(503);
  await expect(
    page.getByRole("heading", { level: 1, name: "Review and send" })
  ).toBeVisible();
  await expect(page.getByRole("alert")).toContainText(
    "We could not save this just now"
  );
  await expect(
    page.getByRole("checkbox", {
      name: /Use my input in anonymised thematic summaries/,
    })
  ).toBeChecked();

  await startDatabase();
  expect(await contributionsOf(context)).toMatchObject([
    { status: "draft", submitKeys: 0 },
  ]);
  await leave(guard, () =>
    page.getByRole("button", { name: "Try again" }).click()
  );
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Thank you. Your input was received",
    })
  ).toBeVisible();
  // Exactly one contribution, sent once, with its one answer.
  expect(await contributionsOf(context)).toMatchObject([
    { status: "received", answers: 1, submitKeys: 1 },
  ]);
});

test("database down: the quick exit still leaves for the neutral site", async ({
  page,
  guard,
}) => {
  test.setTimeout(120_000);
  await visit(page, guard, `/c/${demoSlug}/consent`);
  await stopDatabase();
  await leave(guard, () =>
    page.getByRole("button", { name: "Quick exit" }).click()
  );
  await expect(
    page.getByRole("heading", { name: neutralStubHeading })
  ).toBeVisible();
});
