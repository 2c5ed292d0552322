/**
 * Issue 12, the synthesis and the participants' feedback loop, in Chromium
 * with JavaScript off: a participant with an account sends one answer they
 * let be quoted in public reports; a facilitator approves it, opens
 * "Synthesis" from the queue, writes the three sections, picks the answer
 * as a quote, saves version 1 and publishes it; anyone then finds "Read the
 * published outcome" on the consultation's page and reads the synthesis
 * (in Arabic too, right to left); the participant's "My contributions"
 * says "quoted".
 * (tests/http/synthesis.test.ts covers refusals, conflicts and quote consent
 * over HTTP; app/modules/summaries/synthesis.server.test.ts the rules.)
 */
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { resetRateLimits, withDatabase } from "./db";
import { expect, test, visit, type Guard } from "./fixtures";
import { text } from "./locales";
import { earlySignsPrompt, leave } from "./participation-support";
import { demoSlug } from "./settings";
import { signInDemoStaff } from "./staff-session";

const p = (key: string, values: Record<string, string | number> = {}) => text("en", `participation:${key}`, values);
const w = (key: string, values: Record<string, string | number> = {}) => text("en", `workspace:${key}`, values);
/** Letters only: a marker the redaction suggestions never take for a number or a name. */
const markerWord = () => `mark${[...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;

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

test("a facilitator writes and publishes a synthesis with a quote; the public reads it and the participant sees 'quoted'", async ({ page, guard, openPage }) => {
  test.setTimeout(180_000);
  const marker = markerWord();
  const answer = `${marker} schools sent girls home first.`;
  const said = `${marker} participants said schools are the first warning.`;

  // The participant: an account, (a), (b) and (c), one answer open to public quoting.
  await join(page, guard, `e2e synthesis ${randomBytes(3).toString("hex")}`);
  await visit(page, guard, `/c/${demoSlug}/consent`);
  await page.getByRole("checkbox", { name: new RegExp(p("consent.choices.useInSummaries")) }).check();
  await page.getByRole("checkbox", { name: new RegExp(p("consent.choices.draftersMayQuote")) }).check();
  await page.getByRole("checkbox", { name: new RegExp(p("consent.choices.publicQuotes")) }).check();
  await leave(guard, () => page.getByRole("button", { name: "Continue to the questions" }).click());
  await page.getByLabel(earlySignsPrompt).fill(answer);
  await page.getByRole("radio", { name: p("quote.public") }).first().check();
  await leave(guard, () => page.getByRole("button", { name: "Review and send" }).click());
  await leave(guard, () => page.getByRole("button", { name: "Submit my input" }).click());
  await expect(page.getByRole("heading", { level: 1, name: "Thank you. Your input was received" })).toBeVisible();
  await visit(page, guard, "/me");
  const href = await page.getByRole("link", { name: new RegExp(p("me.viewOrChange")) }).getAttribute("href");
  const contributionId = href!.split("/").pop()!;
  const { rows } = await withDatabase((client) =>
    client.query<{ theme: string }>(
      `SELECT q."theme"::text AS theme FROM "Answer" a JOIN "Question" q ON q."id" = a."questionId" WHERE a."submissionId" = $1`,
      [contributionId],
    ),
  );
  const theme = rows[0]!.theme;

  // The facilitator approves it (approving stores the redacted text drafters and quotes read).
  const staff = await openPage({ javaScriptEnabled: false });
  await signInDemoStaff(staff.context(), "demo-facilitator-puente");
  await visit(staff, guard, `/facilitate/${demoSlug}/${contributionId}`);
  await leave(guard, () => staff.getByRole("button", { name: w("moderation.approve"), exact: true }).click());
  const anyway = staff.getByRole("button", { name: w("moderation.approveAnyway"), exact: true });
  if ((await anyway.count()) > 0) await leave(guard, () => anyway.click());
  await expect(staff.getByRole("status").filter({ hasText: w("moderation.notices.approved") })).toBeVisible();

  // From the queue to the synthesis of the answer's theme.
  await visit(staff, guard, `/facilitate/${demoSlug}`);
  await leave(guard, () => staff.getByRole("link", { name: w("synthesis.queueLink"), exact: true }).click());
  await expect(staff.getByRole("heading", { level: 1, name: w("synthesis.title") })).toBeVisible();
  const themeName = text("en", `themes.${theme}`);
  await leave(guard, () => staff.getByRole("link", { name: w("synthesis.editTheme", { theme: themeName }) }).click());
  await expect(staff.getByRole("heading", { level: 1, name: w("synthesis.themeHeading", { theme: themeName }) })).toBeVisible();

  await staff.getByRole("textbox", { name: "What participants said" }).fill(said);
  await staff.getByRole("textbox", { name: "How the draft principle might change" }).fill("Name early warning in the text.");
  await staff.getByRole("textbox", { name: "Emerging themes outside the questions" }).fill("Transport to school.");
  const quote = staff.getByRole("group", { name: w("synthesis.quotesHeading") }).getByRole("checkbox", { name: answer });
  await expect(quote).not.toBeChecked();
  await quote.check();
  // Another spec may have saved a synthesis of this theme already: this save is the next version.
  const { rows: before } = await withDatabase((client) =>
    client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "ThemeSynthesis" s JOIN "Consultation" c ON c."id" = s."consultationId" WHERE c."slug" = $1 AND s."theme" = $2 AND s."principleId" IS NULL`,
      [demoSlug, theme],
    ),
  );
  const version = before[0]!.n + 1;
  await leave(guard, () => staff.getByRole("button", { name: "Save version" }).click());
  await expect(staff.getByRole("status").filter({ hasText: w("synthesis.notices.saved", { version }) })).toBeVisible();
  await expect(quote).toBeChecked();
  await leave(guard, () => staff.getByRole("button", { name: "Publish", exact: true }).click());
  await expect(staff.getByRole("status").filter({ hasText: w("synthesis.notices.published", { version }) })).toBeVisible();
  await expect(staff.getByRole("table", { name: w("synthesis.historyHeading") }).getByRole("rowheader", { name: w("synthesis.versionNumber", { version }) })).toBeVisible();

  // Anyone, without signing in: the consultation links the outcome, which shows the synthesis.
  const visitor = await openPage({ javaScriptEnabled: false });
  await visit(visitor, guard, `/c/${demoSlug}`);
  await leave(guard, () => visitor.getByRole("link", { name: text("en", "consultations:outcome.link") }).click());
  await expect(visitor.getByRole("heading", { level: 1, name: new RegExp(`^${text("en", "outcome:title")}`) })).toBeVisible();
  await expect(visitor.getByText(said)).toBeVisible();
  await expect(visitor.getByRole("heading", { name: text("en", "outcome:sections.said") }).first()).toBeVisible();
  await expect(visitor.getByRole("table", { name: text("en", "outcome:countsCaption") })).toBeVisible();
  // In Arabic, right to left.
  await visit(visitor, guard, `/c/${demoSlug}/outcome?lng=ar`);
  await expect(visitor.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(visitor.getByRole("heading", { level: 1, name: new RegExp(`^${text("ar", "outcome:title")}`) })).toBeVisible();

  // The participant's own list and page say the contribution is included and quoted.
  await visit(page, guard, "/me");
  await expect(page.getByText(new RegExp(`${p("contribution.inPublishedSummary")} · ${p("outcome.quoted")}`))).toBeVisible();
  await visit(page, guard, `/me/contributions/${contributionId}`);
  await expect(page.getByRole("definition").filter({ hasText: new RegExp(`${p("contribution.inPublishedSummary")} · ${p("outcome.quoted")}$`) })).toBeVisible();
});
