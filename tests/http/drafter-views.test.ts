/**
 * The drafters' cross-consultation pages over HTTP (issue 12, "Drafters'
 * views" and "Bad input"): the overview (/draft), one theme across regions
 * and one principle across regions.
 *
 * - each page draws its charts as SVG in the HTML itself (no JavaScript),
 *   with a caption and the table alternative ("Show the table");
 * - a seeded count of 2 reads "fewer than 5" in the chart's table on every
 *   page, and is drawn as a marker, never as a bar of its length;
 * - an unknown theme, principle, region, language or kind is a 400 with its
 *   message; a region of another organisation is as unknown as one that does
 *   not exist;
 * - no session, a participant, a facilitator, a platform admin: refused.
 *
 * Counts are seeded as summary cells (the rollup the triggers and the job
 * keep), so what is tested here is the pages' reading of them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { createWorld, signedInStaff, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { html } from "../support/locales";

let server: TestServer;
let world: World;
let drafterOfOther: string;
const secondRegion = "second-region";
const principleIds = new Map<number, string>();

const db = () => getDb();
type Cell = { theme?: string; principle?: number; stance?: string; language?: string; kind?: "online" | "in_person"; contributions: number };

async function seedCells(consultationId: string, cells: Cell[]) {
  await db().summaryCell.createMany({
    data: cells.map((cell) => ({
      consultationId,
      theme: cell.theme ?? "",
      principleId: cell.principle === undefined ? "" : principleIds.get(cell.principle)!,
      language: cell.language ?? "en",
      kind: cell.kind ?? "online",
      stance: cell.stance ?? "",
      contributions: cell.contributions,
    })),
  });
}

/** The table alternatives of a page's charts (inside <details>), where "fewer than 5" must be. */
function tableAlternatives(body: string): string[] {
  return [...body.matchAll(/<details class="chart-table">([\s\S]*?)<\/details>/g)].map((match) => match[1]!);
}

const fewerThanFive = () => html("workspace:disclosure.fewer", { k: 5 });

beforeAll(async () => {
  world = await createWorld();
  const document = await db().draftDocument.create({ data: { slug: "views-draft", title: "Draft principles" } });
  const version = await db().draftVersion.create({ data: { documentId: document.id, number: 1 } });
  for (const [number, theme, title] of [
    [1, "protection", "Safe reporting"],
    [2, "protection", "Shelter without conditions"],
    [3, "recovery", "Reparations"],
  ] as const) {
    const principle = await db().draftPrinciple.create({
      data: { versionId: version.id, number, theme, translations: { create: { language: "en", title } } },
    });
    principleIds.set(number, principle.id);
  }
  const first = await db().consultation.update({
    where: { slug: world.consultationSlug },
    data: { draftVersionId: version.id, languages: ["en", "es"], regionCity: "Bogotá", regionCountry: "Colombia" },
  });
  const second = await db().consultation.create({
    data: {
      slug: secondRegion,
      languages: ["en", "ar"],
      regionCity: "Amman",
      regionCountry: "Jordan",
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      status: "open",
      draftVersionId: version.id,
      translations: { create: { language: "en", title: "Second region consultation" } },
      hosts: { create: { organisationId: world.hostOrganisationId, role: "lead", invitation: "accepted" } },
    },
  });
  // First region: 12 contributions; recovery has only 2 (the cell of 2), principle 2 only 2, 2 disagree with principle 1.
  await seedCells(first.id, [
    { contributions: 12 },
    { theme: "protection", contributions: 12 },
    { theme: "recovery", contributions: 2 },
    { theme: "protection", principle: 1, contributions: 10 },
    { theme: "protection", principle: 2, contributions: 2 },
    { theme: "protection", principle: 1, stance: "agree", contributions: 8 },
    { theme: "protection", principle: 1, stance: "disagree", contributions: 2 },
  ]);
  // Second region: 20 contributions, in two languages and both kinds.
  await seedCells(second.id, [
    { contributions: 14 },
    { language: "ar", kind: "in_person", contributions: 6 },
    { theme: "protection", contributions: 14 },
    { theme: "protection", language: "ar", kind: "in_person", contributions: 6 },
    { theme: "recovery", contributions: 9 },
    { theme: "protection", principle: 1, contributions: 14 },
    { theme: "protection", principle: 1, language: "ar", kind: "in_person", contributions: 6 },
    { theme: "protection", principle: 2, contributions: 9 },
    { theme: "protection", principle: 1, stance: "agree", contributions: 7 },
    { theme: "protection", principle: 1, stance: "partly", contributions: 7 },
    { theme: "protection", principle: 1, stance: "disagree", language: "ar", kind: "in_person", contributions: 6 },
  ]);
  drafterOfOther = await signedInStaff("drafter-other", [{ organisationId: world.otherOrganisationId, role: "drafter" }]);
  server = await startTestServer();
});
afterAll(async () => server?.close());

const pages = ["/draft", "/draft/themes/protection", "/draft/principles/1"];
const get = (path: string, cookie = world.cookies.drafterOfHost) => send(server, path, { cookie });

describe("the drafters' pages", () => {
  it.each(pages)("%s draws its charts as SVG in the page, captioned, with the table behind “Show the table”", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    const svgs = [...response.body.matchAll(/<svg role="img" aria-labelledby="([^"]+)"/g)];
    expect(svgs.length).toBeGreaterThan(0);
    for (const [, captionId] of svgs) expect(response.body).toContain(`<figcaption id="${captionId}">`);
    expect(response.body).toContain(`<summary>${html("workspace:drafting.chart.showTable")}</summary>`);
    for (const table of tableAlternatives(response.body)) {
      expect(table).toMatch(/<caption>[^<]+<\/caption>/);
      expect(table).toContain('<th scope="col">');
      expect(table).toContain('<th scope="row">');
    }
  });

  it.each(pages)("%s shows the seeded count of 2 as “fewer than 5” in the chart's table, and draws no bar for it", async (path) => {
    const { body } = await get(path);
    const tables = tableAlternatives(body);
    expect(tables.some((table) => table.includes(fewerThanFive()))).toBe(true);
    expect(body).not.toMatch(/<td>2<\/td>/);
    // A hidden count is a marker: the group of a "fewer" count has no bar.
    const hiddenGroups = [...body.matchAll(/<g data-column="[^"]*" data-count-kind="(fewer|withheld)">([\s\S]*?)<\/g>/g)];
    expect(hiddenGroups.length).toBeGreaterThan(0);
    for (const [, , group] of hiddenGroups) {
      expect(group).toContain("data-marker");
      expect(group).not.toContain("data-bar");
    }
  });

  it("mirrors the chart in Arabic: bars grow from the right edge, text starts there", async () => {
    const svg = (body: string) => /<svg role="img"[^>]*viewBox="0 0 (\d+) \d+"[^>]*direction="(\w+)"[\s\S]*?<\/svg>/.exec(body)!;
    const bars = (markup: string) => [...markup.matchAll(/<rect data-bar="" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map(([, x, width]) => [Number(x), Number(width)] as const);
    const [arabic, arabicWidth, arabicDirection] = svg((await get("/draft?lng=ar")).body);
    const [english, , englishDirection] = svg((await get("/draft?lng=en")).body);
    expect([arabicDirection, englishDirection]).toEqual(["rtl", "ltr"]);
    expect(bars(arabic).length).toBeGreaterThan(0);
    expect(bars(english).map(([, width]) => width)).toEqual(bars(arabic).map(([, width]) => width));
    for (const [x, width] of bars(arabic)) expect(x + width).toBeCloseTo(Number(arabicWidth) - 4, 5);
    for (const [x] of bars(english)) expect(x).toBe(4);
  });

  it("labels its language filter “Language of input”, apart from the language switcher's “Language”", async () => {
    const { body } = await get("/draft");
    expect(body).toContain(`>${html("workspace:drafting.filters.language")}</label>`);
    expect(body.match(new RegExp(`>${html("language.label")}</label>`, "g"))).toHaveLength(1);
    expect(body).toContain(`>${html("workspace:drafting.filters.apply")}</button>`);
  });

  it("links theme names to the theme pages and principle numbers to the principle pages", async () => {
    expect((await get("/draft")).body).toContain('href="/draft/themes/protection"');
    expect((await get("/draft/themes/protection")).body).toContain('href="/draft/principles/1"');
    expect((await get("/draft/principles/1")).body).toContain('href="/draft/themes/protection"');
  });

  it("shows both regions side by side, and a region filter keeps its own region without totals", async () => {
    const all = await get("/draft/principles/1");
    expect(all.body).toContain("Matrix consultation");
    expect(all.body).toContain("Second region consultation");
    const filtered = await get(`/draft/themes/protection?region=${secondRegion}&kind=&language=`);
    expect(filtered.status).toBe(200);
    for (const table of tableAlternatives(filtered.body)) expect(table).not.toContain(`>${html("workspace:drafting.table.total")}</th>`);
  });
});

describe("bad input", () => {
  it.each([
    ["/draft?region=no-such-region", "region"],
    // Another organisation's consultation is no more known than one that does not exist.
    ["/draft?region=invitation-consultation", "region"],
    ["/draft/themes/protection?language=de", "language"],
    ["/draft/themes/protection?language=%3Cscript%3E", "language"],
    ["/draft/principles/1?kind=paper", "kind"],
    ["/draft/themes/no-such-theme", "theme"],
    ["/draft/principles/99", "principle"],
    ["/draft/principles/one", "principle"],
  ])("%s is a 400 saying the %s is unknown", async (path, what) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.body).toContain(html(`workspace:drafting.unknown.${what}`));
  });

  it("a drafter of another organisation cannot read this organisation's region", async () => {
    const response = await get(`/draft?region=${secondRegion}`, drafterOfOther);
    expect(response.status).toBe(400);
    expect(response.body).toContain(html("workspace:drafting.unknown.region"));
    const own = await get("/draft", drafterOfOther);
    expect(own.status).toBe(200);
    expect(own.body).not.toContain("Second region consultation");
  });
});

describe("refusals", () => {
  it.each(["/draft/themes/protection", "/draft/principles/1"])("%s refuses no session, participants and staff who are not drafters", async (path) => {
    expect((await send(server, path)).location).toBe("/staff/login");
    for (const actor of ["participantA", "facilitatorOfHost", "facilitatorOfOther", "adminOfHost", "platformAdmin"] as const) {
      expect((await get(path, world.cookies[actor])).status, actor).toBe(404);
    }
  });

  it("/draft shows no overview to staff who are not drafters", async () => {
    const response = await get("/draft", world.cookies.facilitatorOfHost);
    expect(response.status).toBe(200);
    expect(response.body).not.toContain("<svg role=\"img\"");
  });
});
