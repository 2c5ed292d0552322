/**
 * Shared steps of the "nothing typed is lost" specs: starting an
 * account-less contribution in the demo consultation, and finding it in the
 * database by this browser's draft cookie.
 */
import { createHash } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import { withDatabase } from "./db";
import { expect, visit, type Guard } from "./fixtures";
import { demoSlug } from "./settings";

export const earlySignsPrompt = "In your view, what early signs can show that people's rights may be at risk because of their gender?";

/** Every page is audited before the next one replaces it. */
export async function leave<T>(guard: Guard, action: () => Promise<T>): Promise<T> {
  await guard.settled();
  const result = await action();
  await guard.settled();
  return result;
}

/** Consent (summaries only) and on to theme 1. */
export async function startContribution(page: Page, guard: Guard, afterVisit?: () => Promise<void>) {
  await visit(page, guard, `/c/${demoSlug}/consent`);
  await afterVisit?.();
  await page.getByRole("checkbox", { name: /Use my input in anonymised thematic summaries/ }).check();
  await leave(guard, () => page.getByRole("button", { name: "Continue to the questions" }).click());
  await expect(page.getByText("Theme 1 of 4")).toBeVisible();
}

/** This browser's contributions, found as the app finds them (the SHA-256 of the draft cookie's token). */
export async function contributionsOf(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith(`draft_${demoSlug}`));
  if (!cookie) throw new Error("no draft cookie");
  // Just after sending, the cookie reads "sent.<token>" (draft-cookie.server.ts).
  const token = cookie.value.replace(/^sent\./, "");
  const digest = createHash("sha256").update(token, "utf8").digest("hex");
  return withDatabase(async (client) => {
    const result = await client.query<{ id: string; status: string; answers: number; submitKeys: number }>(
      `SELECT s."id", s."status"::text AS "status",
              (SELECT count(*)::int FROM "Answer" a WHERE a."submissionId" = s."id") AS "answers",
              (SELECT count(*)::int FROM "SubmitKey" k WHERE k."submissionId" = s."id") AS "submitKeys"
         FROM "Submission" s WHERE s."draftTokenHash" = $1`,
      [digest],
    );
    return result.rows;
  });
}
