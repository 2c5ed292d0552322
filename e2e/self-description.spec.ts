/**
 * Issue 13, acceptance 4: one participant sends input and skips the optional
 * self-description entirely (without JavaScript); another, with an account,
 * describes two dimensions after sending and later deletes them from My
 * contributions; the rollups job picks up each change.
 */
import { randomBytes } from "node:crypto";
import { approveSelfDescribed, lensCount, selfDescriptionCount, summaryDirtyCount } from "./db";
import { expect, test, visit } from "./fixtures";
import { text } from "./locales";
import { earlySignsPrompt, leave, startContribution } from "./participation-support";
import { demoSlug } from "./settings";

const sd = (key: string) => text("en", `selfdescription:${key}`);

/** The summaries job has counted every change (its outbox is empty). */
async function rollupsCaughtUp() {
  await expect.poll(summaryDirtyCount, { timeout: 90_000 }).toBe(0);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sends input and skips the self-description in one click; nothing is stored", async ({ page, guard }) => {
    const before = await selfDescriptionCount(demoSlug);
    await startContribution(page, guard);
    await page.getByLabel(earlySignsPrompt).fill("Teachers noticing when girls stop coming.");
    await leave(guard, () => page.getByRole("button", { name: "Review and send" }).click());
    await leave(guard, () => page.getByRole("button", { name: "Submit my input" }).click());
    await expect(page.getByRole("heading", { level: 2, name: sd("invitation.heading") })).toBeVisible();
    await expect(page.getByText(sd("why.groupsOnly"))).toBeVisible();
    await leave(guard, () => page.getByRole("link", { name: sd("invitation.skip") }).click());
    await expect(page).toHaveURL(`/c/${demoSlug}`);
    expect(await selfDescriptionCount(demoSlug)).toBe(before);
  });
});

test("with an account: describes two dimensions after sending, then deletes them from My contributions", async ({ page, guard }) => {
  test.setTimeout(240_000);
  const passphrase = "a long passphrase for the self-description test";
  await visit(page, guard, "/join");
  await page.getByRole("textbox", { name: "Pseudonym" }).fill(`e2e selfdesc ${randomBytes(3).toString("hex")}`);
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel("Repeat passphrase").fill(passphrase);
  await leave(guard, () => page.getByRole("button", { name: "Create account" }).click());
  await page.getByRole("link", { name: "I have saved my codes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My contributions" })).toBeVisible();
  await guard.settled();

  await startContribution(page, guard);
  await page.getByLabel(earlySignsPrompt).fill("Community radio warnings in our own language.");
  await leave(guard, () => page.getByRole("button", { name: "Review and send" }).click());
  await leave(guard, () => page.getByRole("button", { name: "Submit my input" }).click());
  await expect(page.getByRole("heading", { level: 2, name: sd("invitation.heading") })).toBeVisible();
  await rollupsCaughtUp();
  const womenBefore = await lensCount(demoSlug, "genderIdentity=woman");
  const pairBefore = await lensCount(demoSlug, "genderIdentity=woman&disability=yes");
  const rowsBefore = await selfDescriptionCount(demoSlug);

  await leave(guard, () => page.getByRole("link", { name: sd("invitation.start") }).click());
  await expect(page.getByRole("heading", { level: 1, name: sd("form.title") })).toBeVisible();
  const consent = page.getByRole("checkbox", { name: sd("consent.label") });
  await expect(consent).not.toBeChecked();
  await page.getByRole("group", { name: sd("dimension.genderIdentity.label") }).getByRole("radio", { name: sd("dimension.genderIdentity.value.woman") }).check();
  await page.getByRole("group", { name: sd("dimension.disability.label") }).getByRole("radio", { name: sd("dimension.disability.value.yes") }).check();
  // Without its own consent: refused, the choices kept.
  await leave(guard, () => page.getByRole("button", { name: sd("form.save") }).click());
  await expect(page.getByRole("alert")).toContainText(sd("errors.consentRequired"));
  await expect(page.getByRole("radio", { name: sd("dimension.genderIdentity.value.woman") })).toBeChecked();
  await page.getByRole("checkbox", { name: sd("consent.label") }).check();
  await leave(guard, () => page.getByRole("button", { name: sd("form.save") }).click());

  await expect(page).toHaveURL(/\/me\/contributions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("status").filter({ hasText: sd("notices.saved") })).toBeVisible();
  const own = page.getByRole("region", { name: sd("own.heading") });
  await expect(own.getByText(sd("dimension.genderIdentity.value.woman"))).toBeVisible();
  await expect(own.getByText(sd("dimension.disability.value.yes"))).toBeVisible();
  expect(await selfDescriptionCount(demoSlug)).toBe(rowsBefore + 1);
  // Only approved input is counted: approve it as a facilitator would, then let the job run.
  expect(await approveSelfDescribed(demoSlug)).toBe(1);
  await rollupsCaughtUp();
  // The rollup job counted it: one more in the lens.
  expect(await lensCount(demoSlug, "genderIdentity=woman")).toBe(womenBefore + 1);
  expect(await lensCount(demoSlug, "genderIdentity=woman&disability=yes")).toBe(pairBefore + 1);

  await leave(guard, () => own.getByRole("button", { name: sd("own.delete") }).click());
  await expect(page.getByRole("status").filter({ hasText: sd("notices.deleted") })).toBeVisible();
  await expect(page.getByText(sd("own.none"))).toBeVisible();
  expect(await selfDescriptionCount(demoSlug)).toBe(rowsBefore);
  await rollupsCaughtUp();
  expect(await lensCount(demoSlug, "genderIdentity=woman")).toBe(womenBefore);
  expect(await lensCount(demoSlug, "genderIdentity=woman&disability=yes")).toBe(pairBefore);
});
