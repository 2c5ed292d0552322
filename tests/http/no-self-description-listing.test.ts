/**
 * Acceptance 5 of issue 13: no route lets any role list contributions
 * filtered by a self-description value.
 *
 * (a) Statically: a route that reaches (through its imports) any
 *     self-description module other than dimensions.ts (the shipped
 *     dimensions and lens keys, no data) is a participant's own page or one
 *     of the drafters' aggregate lens pages; lens-membership (which
 *     contributions are in a group) is imported by the principle page's
 *     module alone, to filter that page's quotes; and only the
 *     self-description modules read the SelfDescription table.
 * (b) Dynamically: every staff page or export that lists contributions
 *     answers a lens or self-description value in its query string with
 *     exactly its unfiltered listing.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { projectRoot } from "../../scripts/lib/migrations.ts";
import { createWorld, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { seedSelfDescription } from "../support/self-description";

const app = path.join(projectRoot, "app");
const selfDescriptionDir = path.join(app, "modules/self-description");
/**
 * Only the module's server files read, decrypt or write self-descriptions;
 * its shared files (names, labels, form rules) hold no data and are fine
 * anywhere. The scan looks for routes that reach a server file.
 */
const readsData = (file: string) => file.startsWith(selfDescriptionDir + path.sep) && file.endsWith(".server.ts");
/**
 * The lens rollup decrypts self-descriptions to count them, and writes only
 * SummaryLensCell (checked below): a route that can start a refresh reaches
 * it, and through it nothing per contribution.
 */
const lensRollup = path.join(app, "modules/summaries/rollups/lens-cells-sql.server.ts");

/** Participants' own pages, and the drafters' aggregate lens pages (counts through protectLens, quotes without values). */
const allowedRoutes = [/^c\.\$slug\./, /^me\./, /^receipt/, /^draft\.themes\.\$theme(\.tsx|_\.differences\.tsx)$/, /^draft\.principles\.\$number\.tsx$/];

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("~/") ? path.join(app, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const importsOf = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/(?:from\s+|import\s*\(\s*)["']([^"']+)["']/g)].flatMap((match) => resolveImport(file, match[1]!) ?? []);

function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || file.includes(`${path.sep}generated${path.sep}`) || file === lensRollup) return seen;
  seen.add(file);
  for (const next of importsOf(file)) reachable(next, seen);
  return seen;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full.includes(`${path.sep}generated`) ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\./.test(entry.name) ? [full] : [];
  });
}

describe("(a) the route scan", () => {
  it("only participants' own pages and the drafters' lens pages reach a self-description module beyond the dimensions' names", () => {
    const routes = readdirSync(path.join(app, "routes"));
    const offending = routes.filter((route) => {
      const reached = [...reachable(path.join(app, "routes", route))];
      const touches = reached.some(readsData);
      return touches && !allowedRoutes.some((pattern) => pattern.test(route));
    });
    expect(offending).toEqual([]);
  });

  it("the lens rollup returns nothing per contribution: it only rewrites SummaryLensCell", () => {
    const source = readFileSync(lensRollup, "utf8");
    expect(source.match(/^export [^\n]*/gm)).toEqual([expect.stringMatching(/^export async function rebuildLensCells\(.*\): Promise<number> \{$/)]);
    expect(source.match(/INSERT INTO "(\w+)"/g)).toEqual(['INSERT INTO "SummaryLensCell"']);
  });

  it("lens membership is used by the principle page's module only, to filter its quotes", () => {
    const membership = path.join(selfDescriptionDir, "lens-membership.server.ts");
    const importers = sourceFiles(app).filter((file) => importsOf(file).includes(membership));
    expect(importers.map((file) => path.relative(projectRoot, file))).toEqual(["app/modules/summaries/show-principle-across-regions.server.ts"]);
    const source = readFileSync(importers[0]!, "utf8");
    // Its one call feeds the quotes' filter, and nothing else.
    expect(source.match(/lensMembers\(/g)).toHaveLength(1);
    expect(source).toMatch(/const members = await lensMembers\([\s\S]*?\);\s*return quotes\.filter\(\(quote\) => members\.has\(/);
  });

  it("only the self-description modules read the SelfDescription table", () => {
    const readers = sourceFiles(app).filter((file) => /\.selfDescription\.(find|count|group|aggregate)/.test(readFileSync(file, "utf8")));
    for (const file of readers) expect(path.relative(projectRoot, file)).toMatch(/^app\/modules\/self-description\//);
  });
});

describe("(b) listings ignore self-description values in the address", () => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
    await getDb().consultation.update({ where: { slug: world.consultationSlug }, data: { selfDescriptionDimensions: ["disability", "ageBand"] } });
    await seedSelfDescription(world.participantAContributionId, { disability: { value: "yes" }, ageBand: { value: "over60" } });
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  const filters = ["lens=disability%3Dyes", "disability=yes", "dimension=disability&value=yes", "lens1=disability%3Dyes", "ageBand=over60&disability=no"];
  /**
   * What a response lists: an export whole; a page's tables' bodies and its
   * "Matching" lines (the page itself echoes its query into its links and
   * forms, which is not a filter).
   */
  const listing = (body: string) =>
    body.startsWith("<!DOCTYPE html>") ? [...body.matchAll(/<tbody>[\s\S]*?<\/tbody>|<p aria-live="polite">[\s\S]*?<\/p>/g)].map((match) => match[0]).join("\n") : body;

  const listings = (w: World): Array<[string, string, string | undefined]> => [
    ["the facilitators' queue", `/facilitate/${w.consultationSlug}`, w.cookies.facilitatorOfHost],
    ["the codebook CSV", `/facilitate/${w.consultationSlug}/codebook.csv`, w.cookies.facilitatorOfHost],
    ["the codebook .qdc", `/facilitate/${w.consultationSlug}/codebook.qdc`, w.cookies.facilitatorOfHost],
    ["the drafters' CSV", `/draft/${w.consultationSlug}/export.csv`, w.cookies.drafterOfHost],
    ["the drafters' report", `/draft/${w.consultationSlug}`, w.cookies.drafterOfHost],
  ];

  it("answers each with exactly the unfiltered listing", async () => {
    for (const [what, pathname, cookie] of listings(world)) {
      const unfiltered = await send(server, pathname, { cookie });
      expect(unfiltered.status, what).toBe(200);
      // The seeded contribution is in the listing (pages list it; exports of approved input may not yet).
      if (unfiltered.body.startsWith("<!DOCTYPE html>") && what.includes("queue")) expect(unfiltered.body).toContain(world.participantAContributionId);
      for (const filter of filters) {
        const filtered = await send(server, `${pathname}?${filter}`, { cookie });
        expect(filtered.status, `${what} ?${filter}`).toBe(200);
        expect(listing(filtered.body), `${what} ?${filter}`).toBe(listing(unfiltered.body));
      }
    }
  });
});
