/**
 * Giving input with JavaScript disabled (Tor Browser "safest" mode, old
 * phones), without an account: consent, answer three questions in two
 * themes and skip the rest, save and finish later, come back another time
 * with the receipt code, review, send, and withdraw at /receipt.
 */
import type { Page } from "@playwright/test";
import { expect, test, visit, type Guard } from "./fixtures";
import { demoSlug } from "./settings";

test.use({ javaScriptEnabled: false });

const prompts = {
  earlySigns: "In your view, what early signs can show that people's rights may be at risk because of their gender?",
  protection: "What kinds of protection would matter most to you or people you know?",
  principle5: "How far do you agree with principle 5?",
};

const answers = {
  earlySigns: "Girls being taken out of school, and new dress rules.",
  protection: "Shelters run by survivors' own organisations.",
  why: "Data about us should be deleted once the work is done.",
};

/** Every page is audited before the next one replaces it. */
async function leave(guard: Guard, action: () => Promise<unknown>) {
  await guard.settled();
  await action();
  await guard.settled();
}

async function openWithCode(page: Page, guard: Guard, code: string) {
  await visit(page, guard, "/receipt");
  await page.getByLabel("Receipt code").fill(code.toLowerCase().replace(/-/g, " "));
  await leave(guard, () => page.getByRole("button", { name: "Open my input" }).click());
}

test("consent, three answers in two themes, save and finish later, come back, review, send, withdraw", async ({ page, guard, openPage }) => {
  // Consent: three separate choices, none ticked ((d), the inbox, is for accounts only).
  await visit(page, guard, `/c/${demoSlug}/consent`);
  await expect(page.getByRole("heading", { level: 1, name: "Before you answer" })).toBeVisible();
  await expect(page.getByText("It is not testimony, a complaint or evidence for any case")).toBeVisible();
  const choices = page.getByRole("group", { name: "What may be done with my input" }).getByRole("checkbox");
  await expect(choices).toHaveCount(3);
  for (const choice of await choices.all()) await expect(choice).not.toBeChecked();
  await page.getByRole("checkbox", { name: /Use my input in anonymised thematic summaries/ }).check();
  await leave(guard, () => page.getByRole("button", { name: "Continue to the questions" }).click());

  // Theme 1 of 4: one answer, the rest skipped.
  await expect(page.getByText("Theme 1 of 4")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Prevention" })).toBeVisible();
  await page.getByLabel(prompts.earlySigns).fill(answers.earlySigns);
  await leave(guard, () => page.getByRole("button", { name: "Save and go to the next theme" }).click());

  // Theme 2 of 4: two answers (free text, and a stance with its "why"); the violent principle sits behind a content note.
  await expect(page.getByText("Theme 2 of 4")).toBeVisible();
  await expect(page.getByText("Content note: principle 4 mentions violence.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Principle 4:/ })).toBeHidden();
  await page.getByLabel(prompts.protection).fill(answers.protection);
  await page.getByRole("group", { name: prompts.principle5 }).getByRole("radio", { name: "I partly agree" }).check();
  await page.getByLabel("Why? (optional, about principle 5)").fill(answers.why);
  await leave(guard, () => page.getByRole("button", { name: "Save and finish later" }).click());

  await expect(page.getByRole("heading", { level: 1, name: "Your answers are saved" })).toBeVisible();
  const code = (await page.locator(".receipt-code__value code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
  expect(page.url()).not.toContain(code);
  // Nothing is kept in the browser's storage.
  expect(await page.context().storageState()).toMatchObject({ origins: [] });

  // Another day: a fresh browser without the draft cookie; the receipt code brings the draft back.
  const later = await openPage({ javaScriptEnabled: false });
  await openWithCode(later, guard, code);
  await expect(later.getByText("Draft, not sent")).toBeVisible();
  await leave(guard, () => later.getByRole("button", { name: "Continue answering" }).click());
  await expect(later.getByText("Theme 1 of 4")).toBeVisible();
  await expect(later.getByLabel(prompts.earlySigns)).toHaveValue(answers.earlySigns);
  await leave(guard, () => later.getByRole("button", { name: "Review and send" }).click());

  // Review: exactly what was written, and the choices re-confirmed before sending.
  await expect(later.getByRole("heading", { level: 1, name: "Review and send" })).toBeVisible();
  for (const written of Object.values(answers)) await expect(later.getByText(written)).toBeVisible();
  await expect(later.getByText("I partly agree")).toBeVisible();
  await expect(later.getByRole("checkbox", { name: /Use my input in anonymised thematic summaries/ })).toBeChecked();
  await expect(later.getByRole("checkbox", { name: /Drafters may read my words/ })).not.toBeChecked();
  await leave(guard, () => later.getByRole("button", { name: "Submit my input" }).click());

  await expect(later.getByRole("heading", { level: 1, name: "Thank you. Your input was received" })).toBeVisible();
  await expect(later.getByText("Keep using the receipt code you saved earlier")).toBeVisible();

  // Withdraw with the same code.
  await openWithCode(later, guard, code);
  await expect(later.getByText("Received", { exact: true })).toBeVisible();
  await expect(later.getByText(answers.protection)).toBeVisible();
  await leave(guard, () => later.getByRole("button", { name: "Withdraw" }).click());
  // A second step says what is destroyed before anything is.
  await expect(later.getByRole("heading", { level: 1, name: "Withdraw your input?" })).toBeVisible();
  await leave(guard, () => later.getByRole("button", { name: "Yes, withdraw and delete my input" }).click());
  await expect(later.getByText("Your input was withdrawn.")).toBeVisible();
  await expect(later.getByText("What you wrote was deleted and is no longer counted or used.")).toBeVisible();
  // When the words become unrecoverable, and what backups mean (withdrawal-timing.ts).
  await expect(later.getByText(/Within 10 minutes they can no longer be recovered from this server\./)).toBeVisible();
  await expect(later.getByText(answers.protection)).toHaveCount(0);
});
