/**
 * Issue 11, acceptance 1, in Chromium: a facilitator works through 30
 * contributions in four languages — redacts the suggested spans in one, tags
 * themes and principles, approves 20, holds 5, rejects 5 with reasons — and a
 * drafter's CSV export of the consultation then holds only the 20 approved
 * texts, as redacted. The facilitator works with JavaScript on, reaching the queue
 * from the workspace list by links (so the workspace strings load on a
 * client-side navigation too); the drafter reads with JavaScript off. The
 * core path with JavaScript off is also walked by facilitate-queue.spec.ts
 * (approve, hold, reject) and redaction.spec.ts (accept all, save).
 *
 * The contributions are invented (app/modules/demo/sample-input.ts), seeded
 * through the app's own encryption, and found by a marker word with the
 * queue's search: other specs add input to the same consultation.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { demoConsultation, demoOrganisations, demoUsername } from "../app/modules/demo/demo-content";
import { sampleContributions } from "../app/modules/demo/sample-input";
import { seedContributions, withDatabase } from "./db";
import { expect, test, visit, type Guard } from "./fixtures";
import { text } from "./locales";
import { demoSlug } from "./settings";
import { signInDemoStaff } from "./staff-session";
import { parseCsv } from "../tests/support/csv";

const w = (key: string, values: Record<string, string | number> = {}) => text("en", `workspace:${key}`, values);
const reference = (id: string) => id.slice(0, 8);
/** Letters only: a marker the redaction suggestions never take for a number or a name. */
const markerWord = () => `mark${[...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;
/** The first sentence of a sample contribution: "<marker> item 7." and its translations — unique per item. */
const lead = (firstText: string) => `${firstText.split(".")[0]}.`;

async function statuses(ids: readonly string[]): Promise<Record<string, number>> {
  const { rows } = await withDatabase((client) =>
    client.query<{ status: string; n: number }>(`SELECT "status"::text AS status, count(*)::int AS n FROM "Submission" WHERE "id" = ANY($1) GROUP BY 1`, [ids]),
  );
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

/** Clicks a control that sends a form, once the page's accessibility audit has run. */
async function send(page: Page, guard: Guard, name: string) {
  await guard.settled();
  await page.getByRole("button", { name, exact: true }).click();
}

async function expectNotice(page: Page, guard: Guard, key: string) {
  await expect(page.getByRole("status").filter({ hasText: w(key) })).toBeVisible();
  await guard.settled();
}

test("a facilitator works through 30 contributions; the drafter reads only the 20 approved, as redacted", async ({ page, context, guard, openPage }) => {
  test.setTimeout(420_000);
  const marker = markerWord();
  const items = sampleContributions(30, marker);
  expect(new Set(items.map((item) => item.language))).toEqual(new Set(["en", "es", "fr", "ar"]));
  const ids = seedContributions(demoSlug, items);
  const [redacted, ...others] = ids as [string, ...string[]];
  const approved = ids.slice(0, 20);
  const held = ids.slice(20, 25);
  const rejected = ids.slice(25, 30);
  await signInDemoStaff(context, demoUsername("facilitator", demoOrganisations[0]!));

  // From the workspace list to the queue by its link, then the search finds this run's 30.
  await visit(page, guard, "/facilitate");
  await page.getByRole("link", { name: demoConsultation.text.en.title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: demoConsultation.text.en.title })).toBeVisible();
  await guard.settled();
  await page.getByRole("searchbox", { name: w("queue.filters.search") }).fill(marker);
  await send(page, guard, w("queue.filters.apply"));
  await expect(page.getByText(w("queue.showing", { count: 30, page: 1, pages: 1 }))).toBeVisible();
  for (const id of ids) await expect(page.getByRole("link", { name: w("queue.rowLink", { reference: reference(id) }) })).toBeVisible();

  // Tag all 30 with a theme in one go.
  await guard.settled();
  for (const id of ids) await page.getByRole("checkbox", { name: w("queue.selectRow", { reference: reference(id) }) }).check();
  await page.getByRole("combobox", { name: w("queue.tagTheme") }).selectOption({ label: text("en", "themes.prevention") });
  await send(page, guard, w("queue.tagSelected"));
  await expect(page.getByRole("status").filter({ hasText: w("queue.notices.tagged", { changed: 30, changedMeanwhile: 0 }) })).toBeVisible();
  await guard.settled();

  // One with a name, a date, an email, a phone number and a web address: accept every suggestion.
  await page.getByRole("link", { name: w("queue.rowLink", { reference: reference(redacted) }) }).click();
  await expect(page.getByRole("heading", { level: 1, name: w("item.heading", { reference: reference(redacted) }) })).toBeVisible();
  await guard.settled();
  await page.getByRole("link", { name: w("item.redactLink") }).click();
  await expect(page.getByRole("heading", { level: 1, name: w("redaction.title") })).toBeVisible();
  await send(page, guard, w("redaction.acceptAll"));
  // The suggestions themselves ("Redact as …"), not the "Also add … to the known names" boxes beside them.
  const redactAs = new RegExp(`^${w("redaction.suggestionLabel").split("{{")[0]}`);
  const suggestions = page.getByRole("group", { name: w("redaction.suggestionsLegend", { number: 1 }) }).getByRole("checkbox", { name: redactAs });
  expect(await suggestions.count()).toBeGreaterThanOrEqual(5);
  for (const box of await suggestions.all()) await expect(box).toBeChecked();
  await send(page, guard, w("redaction.save"));
  await expect(page.getByRole("status").filter({ hasText: w("redaction.notices.saved") })).toBeVisible();
  await guard.settled();
  await page.getByRole("link", { name: w("redaction.backToItem") }).click();
  await expect(page.getByRole("heading", { level: 1, name: w("item.heading", { reference: reference(redacted) }) })).toBeVisible();

  // Its themes and a draft principle, then approve: its redaction was reviewed, so no confirmation.
  const codes = page.getByRole("group", { name: new RegExp(`^${w("coding.legend", { prompt: "" })}`) }).first();
  await codes.getByRole("group", { name: w("coding.themes") }).getByRole("checkbox", { name: text("en", "themes.protection") }).check();
  await codes.getByRole("group", { name: w("coding.principles") }).getByRole("checkbox").first().check();
  await send(page, guard, w("coding.save"));
  await expectNotice(page, guard, "coding.saved");
  await send(page, guard, w("moderation.approve"));
  await expectNotice(page, guard, "moderation.notices.approved");

  // The other 19 to approve: those carrying identifying details nobody reviewed ask first; the plain ones do not.
  for (const id of others.slice(0, 19)) {
    await visit(page, guard, `/facilitate/${demoSlug}/${id}`);
    await send(page, guard, w("moderation.approve"));
    if (ids.indexOf(id) % 8 < 4) await send(page, guard, w("moderation.approveAnyway"));
    await expectNotice(page, guard, "moderation.notices.approved");
  }
  for (const id of held) {
    await visit(page, guard, `/facilitate/${demoSlug}/${id}`);
    await send(page, guard, w("moderation.hold"));
    await expectNotice(page, guard, "moderation.notices.held");
  }
  const reasons = ["offTopic", "identifiesSomeone", "abusive", "duplicate", "other"] as const;
  for (const [index, id] of rejected.entries()) {
    await visit(page, guard, `/facilitate/${demoSlug}/${id}`);
    await page.getByRole("combobox", { name: w("moderation.reason") }).selectOption({ label: w(`moderation.reasons.${reasons[index]!}`) });
    await send(page, guard, w("moderation.reject"));
    await expectNotice(page, guard, "moderation.notices.rejected");
  }
  expect(await statuses(ids)).toEqual({ approved: 20, held: 5, rejected: 5 });

  // The drafter, without JavaScript: the CSV export (every approved answer drafters may quote, where its theme's
  // count is shown) holds the 20 approved texts, the redacted one only as redacted; none of the 10 others.
  // The summary cells come from the rollup job (issue 12), which the approvals above set going.
  // The server's summaries job counts them: wait until the outbox of changed contributions is empty.
  await expect
    .poll(() => withDatabase(async (client) => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SummaryDirty"`)).rows[0]!.n), {
      timeout: 90_000,
    })
    .toBe(0);
  const drafter = await openPage({ javaScriptEnabled: false });
  await signInDemoStaff(drafter.context(), demoUsername("drafter", demoOrganisations[0]!));
  await visit(drafter, guard, `/draft/${demoSlug}`);
  await guard.settled();
  const [download] = await Promise.all([drafter.waitForEvent("download"), drafter.getByRole("link", { name: w("exports.csv"), exact: true }).click()]);
  const file = await readFile((await download.path())!, "utf8");
  // A row per answer and theme shown: the one coded "protection" as well has two rows once that theme's count is
  // shown (other specs add to it), so count the texts, not the rows.
  const mine = parseCsv(file.slice(1)).filter((row) => row[7]?.includes(marker));
  expect(new Set(mine.map((row) => lead(row[7]!))).size).toBe(20);
  const csv = file.replace(/\s+/g, " ");
  for (const id of approved) expect(csv).toContain(lead(items[ids.indexOf(id)]!.texts[0]!));
  for (const id of [...held, ...rejected]) expect(csv).not.toContain(lead(items[ids.indexOf(id)]!.texts[0]!));
  // The redacted one's row, up to the next row (each names the region): only placeholders where its details were.
  const fromRedacted = csv.slice(csv.indexOf(lead(items[0]!.texts[0]!)));
  const nextRow = fromRedacted.indexOf(`,${demoSlug},`);
  const redactedText = nextRow < 0 ? fromRedacted : fromRedacted.slice(0, nextRow);
  expect(redactedText).toContain("[phone]");
  expect(redactedText).toContain("[date]");
  // (The others carrying such details were approved "anyway" above: the facilitator's call, recorded in the audit log.)
  for (const identifying of ["Maria Lopez", "maria.lopez@example.org", "301 555 0147", "https://example.org/evidence"]) {
    expect(redactedText).not.toContain(identifying);
  }
  await guard.settled();
});
