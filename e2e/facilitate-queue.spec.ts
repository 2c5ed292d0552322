/**
 * The facilitators' queue and one contribution in Chromium, with JavaScript
 * on (keyboard shortcuts included) and off (every form a plain post): find
 * seeded contributions with the search, open one, approve it (confirming,
 * since nobody reviewed its redaction), hold one, reject one with a reason
 * after being refused without one. The participant-facing status labels are
 * checked over HTTP (tests/http/facilitator-workspace.test.ts).
 *
 * Contributions are seeded into the demo consultation through the app's own
 * seeder with the e2e server's master key (e2e/seed-contributions.ts); the
 * facilitator is signed in by inserting a verified session row, as
 * consultation-setup.spec.ts does. Each run searches for its own token, so
 * other specs' input in the demo consultation does not matter.
 */
import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import { seedContributions, withDatabase } from "./db";
import { signInStaff } from "./staff-session";
import { expect, test, visit, waitForHydration, type Guard } from "./fixtures";
import { text } from "./locales";
import { demoSlug } from "./settings";

const w = (key: string, values: Record<string, string | number> = {}) => text("en", `workspace:${key}`, values);

/** A facilitator of every organisation hosting the demo consultation, signed in. */
async function signedInFacilitator(context: BrowserContext) {
  const staffUserId = randomUUID();
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "StaffUser" ("id", "username", "displayName", "passphraseHash", "totpEnabledAt") VALUES ($1, $2, 'E2E Facilitator', 'not-used-by-this-test', now())`,
      [staffUserId, `e2e-facilitator-${staffUserId.slice(0, 8)}`],
    );
    await client.query(
      `INSERT INTO "Membership" ("id", "staffUserId", "organisationId", "role")
       SELECT gen_random_uuid()::text, $1, h."organisationId", 'facilitator' FROM "ConsultationHost" h
       JOIN "Consultation" c ON c."id" = h."consultationId" WHERE c."slug" = $2 AND h."invitation" = 'accepted'`,
      [staffUserId, demoSlug],
    );
  });
  await signInStaff(context, staffUserId);
}

async function statusOf(id: string): Promise<string> {
  return withDatabase(async (client) => (await client.query(`SELECT "status"::text AS s FROM "Submission" WHERE "id" = $1`, [id])).rows[0].s as string);
}

async function searchQueue(page: Page, guard: Guard, token: string) {
  await visit(page, guard, `/facilitate/${demoSlug}`);
  await page.getByRole("searchbox", { name: w("queue.filters.search") }).fill(token);
  await page.getByRole("button", { name: w("queue.filters.apply") }).click();
  await expect(page).toHaveURL(/q=/);
  await guard.settled();
}

const rowLink = (page: Page, id: string) => page.getByRole("link", { name: w("queue.rowLink", { reference: id.slice(0, 8) }) });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the moderation queue, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("finds contributions, approves one after confirming, holds one and rejects one with a reason", async ({ page, context, guard }) => {
      const token = `queue${randomUUID().slice(0, 8)}`;
      const [toApprove, toHold, toReject] = seedContributions(demoSlug, [
        { language: "en", texts: [`First ${token}: safe routes to school matter. Write to ana.perez@example.org.`] },
        { language: "es", texts: [`Segunda ${token}: necesitamos refugios.`] },
        { language: "fr", texts: [`Troisième ${token} : rien à voir.`] },
      ]) as [string, string, string];
      await signedInFacilitator(context);

      await searchQueue(page, guard, token);
      for (const id of [toApprove, toHold, toReject]) await expect(rowLink(page, id)).toBeVisible();
      await expect(page.getByText(`First ${token}`)).toBeVisible();
      await expect(page.getByRole("checkbox", { name: w("queue.selectRow", { reference: toApprove.slice(0, 8) }) })).toBeVisible();
      await expect(page.getByRole("button", { name: w("queue.approveSelected") })).toBeVisible();
      await expect(page.getByRole("button", { name: w("queue.tagSelected") })).toBeVisible();

      // Approve: open it (with JavaScript, by keyboard: j moves to the first row, o opens it).
      if (javaScriptEnabled) {
        await waitForHydration(page);
        // j moves down the rows from the top: as many times as the row's place in the queue.
        const references = await page.locator("[data-shortcut=row]").allTextContents();
        const place = references.indexOf(w("queue.rowLink", { reference: toApprove.slice(0, 8) }));
        expect(place).toBeGreaterThanOrEqual(0);
        for (let step = 0; step <= place; step++) await page.keyboard.press("j");
        await expect(rowLink(page, toApprove)).toBeFocused();
        await page.keyboard.press("o");
      } else {
        await rowLink(page, toApprove).click();
      }
      await expect(page.getByRole("heading", { level: 1, name: w("item.heading", { reference: toApprove.slice(0, 8) }) })).toBeVisible();
      await guard.settled();
      await expect(page.getByRole("link", { name: w("item.redactLink") })).toHaveAttribute("href", `/facilitate/${demoSlug}/${toApprove}/redact`);
      await page.getByRole("button", { name: w("moderation.approve"), exact: true }).click();
      await page.getByRole("button", { name: w("moderation.approveAnyway") }).click();
      await expect(page.getByRole("status").filter({ hasText: w("moderation.notices.approved") })).toBeVisible();
      await guard.settled();
      expect(await statusOf(toApprove)).toBe("approved");

      // Hold (with JavaScript, by pressing h on the item's page).
      await searchQueue(page, guard, token);
      await rowLink(page, toHold).click();
      await expect(page.getByRole("heading", { level: 1, name: w("item.heading", { reference: toHold.slice(0, 8) }) })).toBeVisible();
      await guard.settled();
      if (javaScriptEnabled) {
        await waitForHydration(page);
        await page.keyboard.press("h");
      } else {
        await page.getByRole("button", { name: w("moderation.hold"), exact: true }).click();
      }
      await expect(page.getByRole("status").filter({ hasText: w("moderation.notices.held") })).toBeVisible();
      await guard.settled();
      expect(await statusOf(toHold)).toBe("held");

      // Reject: refused without a reason, the note kept; then with one.
      await searchQueue(page, guard, token);
      await rowLink(page, toReject).click();
      await guard.settled();
      await page.getByRole("textbox", { name: w("moderation.note") }).fill("Not about the principles.");
      await page.getByRole("button", { name: w("moderation.reject"), exact: true }).click();
      await expect(page.getByText(w("moderation.errors.reasonRequired")).first()).toBeVisible();
      await guard.settled();
      await expect(page.getByRole("textbox", { name: w("moderation.note") })).toHaveValue("Not about the principles.");
      expect(await statusOf(toReject)).toBe("received");
      await page.getByRole("combobox", { name: w("moderation.reason") }).selectOption({ label: w("moderation.reasons.offTopic") });
      await page.getByRole("button", { name: w("moderation.reject"), exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: w("moderation.notices.rejected") })).toBeVisible();
      await guard.settled();
      expect(await statusOf(toReject)).toBe("rejected");
      // The history says who decided and why.
      await expect(page.getByText(w("moderation.reasons.offTopic")).last()).toBeVisible();

      // Coding: the question's theme is ticked by default; save it.
      await page.getByRole("button", { name: w("coding.save") }).click();
      await expect(page.getByRole("status").filter({ hasText: w("coding.saved") })).toBeVisible();
      await guard.settled();
    });
  });
}
