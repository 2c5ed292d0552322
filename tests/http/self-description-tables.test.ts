/**
 * Issue 13, acceptance 1: with seeded lens counts where one region × value
 * cell ("has a disability" in the first region) holds 2 people, every
 * drafters' page (/draft, /draft/:slug), chart table and report file
 * (Markdown, Word) shows it as "fewer than 5" — never the 2 — and an attacker
 * who takes the published table as shown (row totals across regions, each
 * region's published number of contributions as a ceiling on its column,
 * "fewer than 5" = 0..4, "not shown" ≥ 5) cannot pin the hidden cell to one
 * value (checked with javascript-lp-solver, an integer LP, not the module's own solver).
 * The CSV export holds answers only, no counts (docs/decisions.md).
 *
 * Counts are seeded as rollup rows (SummaryCell, SummaryLensCell), as the
 * refresh would leave them; the rollup itself is tests/summaries/lens-rollups.test.ts.
 */
import { unzipSync, strFromU8 } from "fflate";
import lpSolver, { type SolveResult } from "javascript-lp-solver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import type { ShownCount } from "~/modules/disclosure/shown-count";
import { regionOf } from "~/modules/summaries/summary-scope.server";
import { contributionsByRegion, selfDescriptionByRegion } from "~/modules/summaries/summary-tables.server";
import { createWorld, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { parseCsv } from "../support/csv";
import { html, text } from "../support/locales";

let server: TestServer;
let world: World;
let firstId: string;
let secondId: string;
const secondSlug = "lens-second-region";
const db = () => getDb();

const fewer = () => text("workspace:disclosure.fewer", { k: 5 });
const yes = () => text("selfdescription:dimension.disability.value.yes");

beforeAll(async () => {
  world = await createWorld();
  const first = await db().consultation.update({
    where: { slug: world.consultationSlug },
    data: { selfDescriptionDimensions: ["disability"], regionCity: "Bogotá", regionCountry: "Colombia" },
  });
  const second = await db().consultation.create({
    data: {
      slug: secondSlug,
      languages: ["en"],
      regionCity: "Amman",
      regionCountry: "Jordan",
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      status: "open",
      selfDescriptionDimensions: ["disability"],
      translations: { create: { language: "en", title: "Second region consultation" } },
      hosts: { create: { organisationId: world.hostOrganisationId, role: "lead", invitation: "accepted" } },
    },
  });
  firstId = first.id;
  secondId = second.id;
  for (const [consultationId, total, withDisability, without] of [
    [firstId, 20, 2, 12],
    [secondId, 30, 9, 15],
  ] as const) {
    await db().summaryCell.create({ data: { consultationId, theme: "", principleId: "", language: "en", kind: "online", stance: "", contributions: total } });
    await db().summaryLensCell.createMany({
      data: [
        { consultationId, lens: "disability=yes", theme: "", principleId: "", stance: "", contributions: withDisability },
        { consultationId, lens: "disability=no", theme: "", principleId: "", stance: "", contributions: without },
      ],
    });
  }
  server = await startTestServer();
}, 60_000);
afterAll(async () => server?.close());

const get = (path: string) => send(server, path, { cookie: world.cookies.drafterOfHost });

/** The row of an HTML table that starts with the given header cell, up to its end. */
function htmlRow(body: string, header: string): string[] {
  return [...body.matchAll(new RegExp(`<th scope="row">(?:<a[^>]*>)?${header}(?:</a>)?</th>([\\s\\S]*?)</tr>`, "g"))].map((match) => match[1]!);
}

describe("who took part, as they described themselves", () => {
  it("/draft shows the cell of 2 as “fewer than 5” in the disability chart's table, and the 2 nowhere", async () => {
    const { status, body } = await get("/draft");
    expect(status).toBe(200);
    expect(body).toContain(html("workspace:selfDescription.heading"));
    expect(body).toContain(html("workspace:selfDescription.intro", { k: 5 }));
    const rows = htmlRow(body, html("selfdescription:dimension.disability.value.yes"));
    expect(rows.length).toBeGreaterThan(0);
    // First region's column first: fewer than 5; the second region's 9 is hidden too (else 11 − 9 gives the 2 back).
    for (const row of rows) {
      expect(row).toContain(html("workspace:disclosure.fewer", { k: 5 }));
      expect(row).not.toMatch(/<td>(2|9)<\/td>/);
    }
  });

  it("/draft/:slug shows it as “fewer than 5”, and the other region's page does not show the number hidden beside it", async () => {
    const first = await get(`/draft/${world.consultationSlug}`);
    expect(first.status).toBe(200);
    const [row] = htmlRow(first.body, html("selfdescription:dimension.disability.value.yes"));
    expect(row).toContain(html("workspace:disclosure.fewer", { k: 5 }));
    const second = await get(`/draft/${secondSlug}`);
    const [other] = htmlRow(second.body, html("selfdescription:dimension.disability.value.yes"));
    expect(other).toContain(html("workspace:disclosure.withheld"));
    expect(other).not.toContain("<td>9</td>");
  });

  it("the Markdown and Word reports show it as “fewer than 5”", async () => {
    const markdown = await fetch(`${server.baseUrl}/draft/${world.consultationSlug}/export.md`, { headers: { cookie: world.cookies.drafterOfHost! } });
    const md = await markdown.text();
    expect(md).toContain(`## ${text("workspace:selfDescription.heading")}`);
    expect(md).toContain(`| ${yes()} | ${fewer()} |`);
    const word = await fetch(`${server.baseUrl}/draft/${world.consultationSlug}/export.docx`, { headers: { cookie: world.cookies.drafterOfHost! } });
    const xml = strFromU8(unzipSync(new Uint8Array(await word.arrayBuffer()))["word/document.xml"]!);
    const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    const row = rows.find((entry) => entry.includes(`>${yes()}<`));
    expect(row).toBeDefined();
    expect(row).toContain(fewer());
    expect(row).not.toMatch(/>2</);
  });

  it("the counts CSV has it as “fewer” than k, without its value, and the other region's file hides the 9 beside it", async () => {
    const download = async (slug: string) => {
      const response = await fetch(`${server.baseUrl}/draft/${slug}/export-counts.csv`, { headers: { cookie: world.cookies.drafterOfHost! } });
      expect(response.status).toBe(200);
      return parseCsv((await response.text()).replace(/^\uFEFF/, ""));
    };
    const first = await download(world.consultationSlug);
    expect(first[0]).toEqual(["table", "row", "column", "shown", "count", "k"]);
    expect(first).toContainEqual(["self-description:disability", "yes", world.consultationSlug, "fewer", "", "5"]);
    const second = await download(secondSlug);
    const line = second.find((entry) => entry[0] === "self-description:disability" && entry[1] === "yes");
    expect(line?.slice(3, 5)).toEqual(["withheld", ""]);
    expect(second.flat()).not.toContain("9");
  });

  it("cannot be narrowed to one value from the published table and the regions' published totals", async () => {
    const regions = [(await regionOf(firstId, "en"))!, (await regionOf(secondId, "en"))!];
    const table = await selfDescriptionByRegion(regions, "disability", {});
    const all = await contributionsByRegion(regions, {});
    expect(table.counts.cells[0]![0]).toEqual({ kind: "fewer", k: 5 });
    const bounds = attack(table.counts.cells, table.counts.rowTotals, all.counts.cells[0]!, 5);
    const hidden = bounds.find((entry) => entry.r === 0 && entry.c === 0)!;
    expect(hidden.high - hidden.low).toBeGreaterThanOrEqual(1);
    for (const entry of bounds) expect(entry.high - entry.low, `entry ${entry.r},${entry.c}`).toBeGreaterThanOrEqual(1);
  });
});

/**
 * Each hidden entry's lowest and highest whole value, given: each row sums
 * to its published total (a hidden total within its bounds), a column sums to
 * at most its region's published contributions (nobody has two values of one
 * dimension), "fewer than k" is 0..k−1 and "not shown" is at least k.
 */
function attack(cells: ShownCount[][], rowTotals: ShownCount[], columnCeilings: ShownCount[], k: number) {
  const bound = (entry: ShownCount) => (entry.kind === "count" ? { equal: entry.value } : entry.kind === "fewer" ? { min: 0, max: k - 1 } : { min: k });
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, boolean> = {};
  cells.forEach((row, r) => {
    constraints[`row${r}`] = { equal: 0 };
    variables[`t${r}`] = { [`row${r}`]: -1, [`ownt${r}`]: 1 };
    constraints[`ownt${r}`] = bound(rowTotals[r]!);
    ints[`t${r}`] = true;
    row.forEach((entry, c) => {
      const name = `e${r}_${c}`;
      variables[name] = { [`row${r}`]: 1, [`col${c}`]: 1, [`own${name}`]: 1 };
      constraints[`own${name}`] = bound(entry);
      ints[name] = true;
    });
  });
  columnCeilings.forEach((ceiling, c) => {
    if (ceiling.kind === "count") constraints[`col${c}`] = { max: ceiling.value };
  });
  const result: Array<{ r: number; c: number; low: number; high: number }> = [];
  cells.forEach((row, r) =>
    row.forEach((entry, c) => {
      if (entry.kind === "count") return;
      const solveFor = (opType: "min" | "max") => {
        const withObjective = Object.fromEntries(Object.entries(variables).map(([v, coefficients]) => [v, { ...coefficients, target: v === `e${r}_${c}` ? 1 : 0 }]));
        const solution = lpSolver.Solve({ optimize: "target", opType, constraints, variables: withObjective, ints }) as SolveResult;
        expect(solution.feasible, "the true table satisfies what is shown").toBe(true);
        return solution.bounded === false ? (opType === "max" ? Infinity : -Infinity) : solution.result;
      };
      result.push({ r, c, low: solveFor("min"), high: solveFor("max") });
    }),
  );
  return result;
}
