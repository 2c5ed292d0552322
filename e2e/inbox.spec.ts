/**
 * The pseudonymous inbox in Chromium with JavaScript off, both sides: a
 * participant with an account ticks (d) at the consent step and sends one
 * answer; a facilitator of a hosting organisation writes to them; the
 * participant sees "Unread messages: 1" in /me, reads and replies on their
 * contribution's page, then turns contact off; the facilitator's page then
 * says they cannot be written to and offers no form.
 * (tests/http/inbox.test.ts covers the refusals and audit events over HTTP.)
 */
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { resetRateLimits } from "./db";
import { expect, test, visit, type Guard } from "./fixtures";
import { text } from "./locales";
import { earlySignsPrompt, leave } from "./participation-support";
import { demoSlug } from "./settings";
import { signInDemoStaff } from "./staff-session";

const p = (key: string, values: Record<string, string | number> = {}) => text("en", `participation:${key}`, values);
const w = (key: string) => text("en", `workspace:${key}`);

test.use({ javaScriptEnabled: false });

test.beforeEach(async () => {
  await resetRateLimits();
});

async function join(page: Page, guard: Guard, pseudonym: string) {
  const passphrase = "lantern orbit cactus meadow river";
  await visit(page, guard, "/join");
  await page.getByRole("textbox", { name: "Pseudonym" }).fill(pseudonym);
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel("Repeat passphrase").fill(passphrase);
  await leave(guard, () => page.getByRole("button", { name: "Create account" }).click());
  await leave(guard, () => page.getByRole("link", { name: "I have saved my codes" }).click());
}

test("a facilitator writes, the participant reads, replies and turns contact off", async ({ page, guard, openPage }) => {
  test.setTimeout(150_000);
  const pseudonym = `e2e inbox ${randomBytes(3).toString("hex")}`;
  const question = `Could you say more about the early signs? ${randomBytes(2).toString("hex")}`;
  const reply = "Uniform rules that change without warning.";

  // The participant: an account, (a) and (d), one answer, sent.
  await join(page, guard, pseudonym);
  await visit(page, guard, `/c/${demoSlug}/consent`);
  await page.getByRole("checkbox", { name: /Use my input in anonymised thematic summaries/ }).check();
  await page.getByRole("checkbox", { name: new RegExp(p("consent.choices.inboxContact")) }).check();
  await leave(guard, () => page.getByRole("button", { name: "Continue to the questions" }).click());
  await page.getByLabel(earlySignsPrompt).fill("Girls taken out of school.");
  await leave(guard, () => page.getByRole("button", { name: "Review and send" }).click());
  await expect(page.getByRole("checkbox", { name: new RegExp(p("consent.choices.inboxContact")) })).toBeChecked();
  await leave(guard, () => page.getByRole("button", { name: "Submit my input" }).click());
  await expect(page.getByRole("heading", { level: 1, name: "Thank you. Your input was received" })).toBeVisible();

  // Its address, as the participant finds it in My contributions (their only one).
  await visit(page, guard, "/me");
  const href = await page.getByRole("link", { name: new RegExp(p("me.viewOrChange")) }).getAttribute("href");
  const contributionId = href!.split("/").pop()!;

  // The facilitator, in another browser.
  const staffPage = await openPage({ javaScriptEnabled: false });
  await signInDemoStaff(staffPage.context(), "demo-facilitator-puente");
  const threadPath = `/facilitate/${demoSlug}/${contributionId}/messages`;
  await visit(staffPage, guard, threadPath);
  await staffPage.getByRole("textbox", { name: w("inbox.bodyLabel") }).fill(question);
  await leave(guard, () => staffPage.getByRole("button", { name: w("inbox.send") }).click());
  await expect(staffPage.getByRole("status")).toHaveText(w("inbox.notices.sent"));
  await expect(staffPage.getByText(question)).toBeVisible();

  // The participant finds it unread, reads it and replies.
  await visit(page, guard, "/me");
  await expect(page.getByText(p("inbox.unread", { count: 1 }))).toBeVisible();
  await visit(page, guard, `/me/contributions/${contributionId}`);
  const inbox = page.getByRole("region", { name: p("inbox.heading") });
  await expect(inbox.getByText(question)).toBeVisible();
  await inbox.getByRole("textbox", { name: p("inbox.replyLabel") }).fill(reply);
  await leave(guard, () => inbox.getByRole("button", { name: p("inbox.send") }).click());
  await expect(page.getByRole("status")).toHaveText(p("inbox.notices.sent"));
  await expect(page.getByRole("region", { name: p("inbox.heading") }).getByText(reply)).toBeVisible();

  // The facilitator reads the reply.
  await visit(staffPage, guard, threadPath);
  await expect(staffPage.getByText(reply)).toBeVisible();

  // The participant turns contact off: the thread closes.
  await leave(guard, () => page.getByRole("button", { name: p("inbox.turnOff") }).click());
  await expect(page.getByRole("status")).toHaveText(p("inbox.notices.contactOff"));
  await expect(page.getByText(p("inbox.closed"))).toBeVisible();
  await expect(page.getByRole("button", { name: p("inbox.send") })).toHaveCount(0);

  // The facilitator can no longer write.
  await visit(staffPage, guard, threadPath);
  await expect(staffPage.getByText(w("inbox.notContactable"))).toBeVisible();
  await expect(staffPage.getByRole("button", { name: w("inbox.send") })).toHaveCount(0);
});
