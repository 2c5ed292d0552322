/**
 * Issue 12, acceptance 2 (the comparison part), in Chromium: a drafter opens
 * one principle, compares it across two regions (two consultations their
 * organisation hosts), opens the chart's table alternative and reads the
 * counts; on a 375 px screen in Arabic the chart is mirrored — its bars grow
 * from the right edge.
 *
 * The two regions are consultations made for this spec with the demo's draft
 * (so the principle is the same by number), hosted by an organisation of
 * their own whose drafter reads only them (a third region with no input
 * would hide some of their counts, rightly: complementary suppression), and
 * their counts are seeded as summary cells — what the rollup keeps — so the
 * spec is independent of the input other specs add to the demo consultation.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { withDatabase } from "./db";
import { expect, test, visit } from "./fixtures";
import { text } from "./locales";
import { demoSlug } from "./settings";
import { signInStaff } from "./staff-session";

const w = (key: string, values: Record<string, string | number> = {}) => text("en", `workspace:${key}`, values);
/** Stances of principle 1 in each region: all at least k (5), so every count is shown. */
const stanceCounts = { first: { agree: 9, partly: 6, disagree: 7, not_sure: 5 }, second: { agree: 12, partly: 8, disagree: 6, not_sure: 10 } };

/** Returns the theme of the demo draft's principle 1 (where the counts are). */
async function seedRegion(organisationId: string, suffix: string, title: string, stances: Record<string, number>): Promise<string> {
  const slug = `views-${suffix}-${randomBytes(3).toString("hex")}`;
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ versionId: string; principleId: string; theme: string }>(
      `SELECT c."draftVersionId" AS "versionId", p."id" AS "principleId", p."theme"::text AS theme
         FROM "Consultation" c JOIN "DraftPrinciple" p ON p."versionId" = c."draftVersionId" AND p."number" = 1
        WHERE c."slug" = $1`,
      [demoSlug],
    );
    const { versionId, principleId, theme } = rows[0]!;
    const id = randomUUID();
    await client.query(
      `INSERT INTO "Consultation" ("id", "slug", "languages", "opensAt", "closesAt", "status", "draftVersionId", "regionCity", "regionCountry")
       VALUES ($1, $2, ARRAY['en','ar'], now() - interval '1 day', now() + interval '30 days', 'open', $3, 'Amman', 'Jordan')`,
      [id, slug, versionId],
    );
    await client.query(`INSERT INTO "ConsultationTranslation" ("id", "consultationId", "language", "title") VALUES ($1, $2, 'en', $3)`, [randomUUID(), id, title]);
    await client.query(`INSERT INTO "ConsultationHost" ("id", "consultationId", "organisationId", "role", "invitation") VALUES ($1, $2, $3, 'lead', 'accepted')`, [
      randomUUID(),
      id,
      organisationId,
    ]);
    const total = Object.values(stances).reduce((sum, value) => sum + value, 0);
    const cells: Array<[string, string, string, number]> = [
      ["", "", "", total],
      [theme, "", "", total],
      [theme, principleId, "", total],
      ...Object.entries(stances).map(([stance, count]): [string, string, string, number] => [theme, principleId, stance, count]),
    ];
    for (const [cellTheme, cellPrinciple, stance, contributions] of cells) {
      await client.query(
        `INSERT INTO "SummaryCell" ("consultationId", "theme", "principleId", "language", "kind", "stance", "contributions") VALUES ($1, $2, $3, 'en', 'online', $4, $5)`,
        [id, cellTheme, cellPrinciple, stance, contributions],
      );
    }
    return theme;
  });
}

/** An organisation of the spec's own and its drafter (a verified session is made by signInStaff). */
async function drafterOfNewOrganisation(): Promise<{ organisationId: string; staffUserId: string }> {
  const organisationId = randomUUID();
  const staffUserId = randomUUID();
  const suffix = randomBytes(3).toString("hex");
  await withDatabase(async (client) => {
    await client.query(`INSERT INTO "Organisation" ("id", "slug", "name") VALUES ($1, $2, $3)`, [organisationId, `views-org-${suffix}`, `Views organisation ${suffix}`]);
    await client.query(`INSERT INTO "StaffUser" ("id", "username", "passphraseHash", "totpEnabledAt") VALUES ($1, $2, 'not-used-by-this-test', now())`, [
      staffUserId,
      `views-drafter-${suffix}`,
    ]);
    await client.query(`INSERT INTO "Membership" ("id", "staffUserId", "organisationId", "role") VALUES ($1, $2, $3, 'drafter')`, [randomUUID(), staffUserId, organisationId]);
  });
  return { organisationId, staffUserId };
}

test("a drafter compares one principle across two regions, reads the chart's table, and sees it mirrored in Arabic", async ({ page, context, guard }) => {
  const firstTitle = `First region ${randomBytes(2).toString("hex")}`;
  const secondTitle = `Second region ${randomBytes(2).toString("hex")}`;
  const drafter = await drafterOfNewOrganisation();
  const theme = await seedRegion(drafter.organisationId, "first", firstTitle, stanceCounts.first);
  await seedRegion(drafter.organisationId, "second", secondTitle, stanceCounts.second);
  await signInStaff(context, drafter.staffUserId);

  await visit(page, guard, "/draft");
  await expect(page.getByRole("heading", { level: 2, name: w("drafting.overview.heading") })).toBeVisible();
  await page.getByRole("link", { name: text("en", `themes.${theme}`) }).first().click();
  await guard.settled();
  await page.getByRole("link", { name: /^Principle 1\b/ }).first().click();
  await guard.settled();
  await expect(page.getByRole("heading", { level: 1, name: /^Principle 1\b/ })).toBeVisible();

  const chart = page.getByRole("figure").filter({ has: page.getByRole("img") }).first();
  await expect(chart.getByRole("img")).toBeVisible();
  await chart.getByText(w("drafting.chart.showTable")).click();
  const table = chart.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.locator("caption")).toHaveText(w("drafting.principle.caption", { number: 1 }));
  for (const [title, counts] of [
    [firstTitle, stanceCounts.first],
    [secondTitle, stanceCounts.second],
  ] as const) {
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title }) });
    const cells = row.getByRole("cell");
    for (const [index, stance] of (["agree", "partly", "disagree", "not_sure"] as const).entries()) {
      await expect(cells.nth(index)).toHaveText(String(counts[stance]));
    }
  }

  // On a phone, in Arabic: the same chart, its bars growing from the right edge of the picture.
  await page.setViewportSize({ width: 375, height: 800 });
  const arabicPath = `${new URL(page.url()).pathname}?lng=ar`;
  await visit(page, guard, arabicPath);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const svg = page.locator("figure svg[role=img]").first();
  await expect(svg).toHaveAttribute("direction", "rtl");
  const viewBoxWidth = Number((await svg.getAttribute("viewBox"))!.split(" ")[2]);
  const bars = svg.locator("rect[data-bar]");
  expect(await bars.count()).toBeGreaterThan(0);
  for (const bar of await bars.all()) {
    const x = Number(await bar.getAttribute("x"));
    const barWidth = Number(await bar.getAttribute("width"));
    // Mirrored: each bar ends at the same right-hand edge (the padding), whatever its length.
    expect(x + barWidth).toBeCloseTo(viewBoxWidth - 4, 5);
  }
  const box = await svg.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(375);
  await page.screenshot({ path: test.info().outputPath("principle-ar-375.png"), fullPage: true });
});
