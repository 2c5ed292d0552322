/**
 * Issue 12, acceptance 2 (downloads), in Chromium with JavaScript off: a
 * drafter on /draft/:slug clicks "Download CSV", "Download Markdown" and
 * "Download Word". The CSV parses and holds the drafters-may-quote answers
 * only, with no id or exact date; the Markdown holds the published quotes;
 * the Word file unzips and its Arabic paragraphs are right to left.
 *
 * The report is arranged by e2e/seed-report.ts (the facilitators' steps that
 * lead there have their own specs), found by a marker word.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { demoOrganisations, demoUsername } from "../app/modules/demo/demo-content";
import { expect, test, visit, type Guard } from "./fixtures";
import { text } from "./locales";
import { demoSlug } from "./settings";
import { signInDemoStaff } from "./staff-session";
import { parseCsv } from "../tests/support/csv";

const w = (key: string) => text("en", `workspace:${key}`);
const markerWord = () => `mark${[...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;

function seedReport(marker: string): { ids: string[]; theme: string } {
  const output = execFileSync(process.execPath, ["--import", "tsx", "e2e/seed-report.ts", demoSlug, marker], { encoding: "utf8" });
  return JSON.parse(output) as { ids: string[]; theme: string };
}

async function downloadFrom(page: Page, guard: Guard, name: string): Promise<Buffer> {
  await guard.settled();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name, exact: true }).click()]);
  return readFile((await download.path())!);
}

test("a drafter downloads the report as CSV, Markdown and Word", async ({ guard, openPage }) => {
  const marker = markerWord();
  const { ids } = seedReport(marker);
  const drafter = await openPage({ javaScriptEnabled: false });
  await signInDemoStaff(drafter.context(), demoUsername("drafter", demoOrganisations[0]!));
  await visit(drafter, guard, `/draft/${demoSlug}`);
  await expect(drafter.getByRole("heading", { name: w("report.countsHeading") })).toBeVisible();
  await expect(drafter.getByText(`${marker} english safe houses.`)).toBeVisible();
  // Two syntheses of the theme, each with a "What participants said": the page audit checks their landmarks stay distinct.
  await expect(drafter.getByText(`${marker} principle: people asked for shelters.`)).toBeVisible();

  const csv = (await downloadFrom(drafter, guard, "Download CSV")).toString("utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const rows = parseCsv(csv.slice(1));
  expect(rows[0]).toEqual(["theme", "principle", "region", "language", "kind", "stance", "month", "text"]);
  const mine = rows.filter((row) => row[7]?.startsWith(marker));
  expect(mine.map((row) => row[7]).sort()).toEqual([`${marker} english safe houses.`, `${marker} نريد بيوتاً آمنة`].sort());
  expect(csv).not.toContain("COUNT-ONLY-CANARY");
  expect(csv).not.toContain("HELD-CANARY");
  expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  for (const id of ids) expect(csv).not.toContain(id);

  const markdown = (await downloadFrom(drafter, guard, "Download Markdown")).toString("utf8");
  expect(markdown).toContain(`> ${marker} نريد بيوتاً آمنة`);
  expect(markdown).toContain(`${marker} people asked for safe houses.`);
  expect(markdown).not.toMatch(/\d{4}-\d{2}-\d{2}T/);

  const word = await downloadFrom(drafter, guard, "Download Word");
  const xml = strFromU8(unzipSync(new Uint8Array(word))["word/document.xml"]!);
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const arabic = paragraphs.filter((paragraph) => paragraph.includes(marker) && /[\u0600-\u06FF]/.test(paragraph));
  expect(arabic.length).toBeGreaterThanOrEqual(2);
  for (const paragraph of arabic) {
    expect(paragraph).toContain("<w:bidi/>");
    expect(paragraph).toContain("<w:rtl/>");
  }
  const english = paragraphs.filter((paragraph) => paragraph.includes(`${marker} english`));
  expect(english).toHaveLength(1);
  expect(english[0]).not.toContain("<w:bidi/>");

  // The public outcome page shows both syntheses (and is audited like every page).
  const visitor = await openPage({ javaScriptEnabled: false });
  await visit(visitor, guard, `/c/${demoSlug}/outcome`);
  await expect(visitor.getByText(`${marker} people asked for safe houses.`)).toBeVisible();
  await expect(visitor.getByText(`${marker} principle: people asked for shelters.`)).toBeVisible();
  await guard.settled();
});
