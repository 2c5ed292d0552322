/**
 * Lens views for drafters (issue 13) over HTTP, and acceptance test 2
 * (differencing): with several regions, several dimensions and some small
 * groups, every allowed lens — every single value and every pair of values
 * of two different dimensions — on every theme page and principle page is
 * requested; whenever a group's total is published, the group has at least
 * k people and so does everyone else (everyone's published total minus the
 * group's), so no group smaller than k can be had by subtraction.
 *
 * Counts are seeded straight into the rollups from synthetic people
 * (tests/support/self-description.ts, seedSummaryWorld) — INTERIM for the
 * lens rollup of branch lensroll.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import type { Membership } from "~/modules/auth/actor.server";
import { lensKey, type Lens, type SelfDescriptionValues } from "~/modules/self-description/dimensions";
import { allLenses, askedLensOptions } from "~/modules/summaries/lens-scope.server";
import { listReadableRegions } from "~/modules/summaries/summary-scope.server";
import { showPrincipleAcrossRegions } from "~/modules/summaries/show-principle-across-regions.server";
import { showThemeAcrossRegions } from "~/modules/summaries/show-theme-across-regions.server";
import { themesByRegion } from "~/modules/summaries/summary-tables.server";
import { createWorld, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { html } from "../support/locales";
import { seedSummaryWorld, type SyntheticPerson } from "../support/self-description";

let server: TestServer;
let world: World;
let memberships: Membership[];
const principleIds = new Map<number, string>();
const themeOf = { 1: "protection", 2: "protection", 3: "recovery" } as const;
const k = 5;

/** A small deterministic generator: the same people on every run. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
const pick = <T,>(random: () => number, values: readonly T[]) => values[Math.floor(random() * values.length)]!;

/**
 * Everyone also answers religion or belief, almost all alike: a group with
 * nearly everyone in it, whose complement (2 people) is smaller than k.
 */
const religion = (consultation: "first" | "second", index: number): SelfDescriptionValues => ({
  religionOrBelief: { value: consultation === "first" && (index === 3 || index === 4) ? "noReligion" : "religiousMajority" },
});

function people(consultationId: string, count: number, seed: number, self: (index: number, random: () => number) => SelfDescriptionValues): SyntheticPerson[] {
  const random = generator(seed);
  return Array.from({ length: count }, (_, index) => {
    const answers: SyntheticPerson["answers"] = [];
    for (const number of [1, 2, 3] as const) {
      if (random() < 0.25) continue;
      answers.push({ theme: themeOf[number], principleId: principleIds.get(number)!, stance: random() < 0.85 ? pick(random, ["agree", "agree", "partly", "disagree", "not_sure"]) : null });
    }
    return { consultationId, language: pick(random, ["en", "es"]), answers, self: self(index, random) };
  });
}

beforeAll(async () => {
  world = await createWorld();
  const db = getDb();
  const document = await db.draftDocument.create({ data: { slug: "lens-draft", title: "Draft principles" } });
  const version = await db.draftVersion.create({ data: { documentId: document.id, number: 1 } });
  for (const [number, theme] of Object.entries(themeOf)) {
    const principle = await db.draftPrinciple.create({
      data: { versionId: version.id, number: Number(number), theme, translations: { create: { language: "en", title: `Principle title ${number}` } } },
    });
    principleIds.set(Number(number), principle.id);
  }
  const first = await db.consultation.update({
    where: { slug: world.consultationSlug },
    data: { draftVersionId: version.id, languages: ["en", "es"], selfDescriptionDimensions: ["disability", "ageBand", "religionOrBelief"] },
  });
  const second = await db.consultation.create({
    data: {
      slug: "lens-second-region",
      languages: ["en", "es"],
      regionCity: "Amman",
      regionCountry: "Jordan",
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      status: "open",
      draftVersionId: version.id,
      selfDescriptionDimensions: ["disability", "genderIdentity", "religionOrBelief"],
      translations: { create: { language: "en", title: "Second lens region" } },
      hosts: { create: { organisationId: world.hostOrganisationId, role: "lead", invitation: "accepted" } },
    },
  });
  // First region: 80 people; 3 aged over 60 (a small group), a few who said nothing about themselves.
  const firstPeople = people(first.id, 80, 7, (index, random) => ({
    ...religion("first", index),
    ...(index < 3
      ? { ageBand: { value: "over60" }, disability: { value: "yes" } }
      : index > 76
        ? {}
        : { ageBand: { value: pick(random, ["under25", "from25to39", "from40to59"]) }, disability: { value: random() < 0.3 ? "yes" : random() < 0.9 ? "no" : "preferNot" } }),
  }));
  // Second region: 60 people; 2 non-binary (a small group), one self-described.
  const secondPeople = people(second.id, 60, 11, (index, random) => ({
    ...religion("second", index),
    genderIdentity: index < 2 ? { value: "nonBinary" } : index === 2 ? { value: "selfDescribed", words: "in my own words" } : { value: random() < 0.6 ? "woman" : "man" },
    disability: { value: random() < 0.25 ? "yes" : "no" },
  }));
  await seedSummaryWorld([...firstPeople, ...secondPeople]);
  memberships = [{ organisationId: world.hostOrganisationId, role: "drafter" }];
  server = await startTestServer();
}, 60_000);
afterAll(async () => server?.close());

const get = (path: string) => send(server, path, { cookie: world.cookies.drafterOfHost });
const lensPath = (path: string, lens: Lens) => `${path}?${new URLSearchParams({ lens: lensKey(lens) }).toString()}`;

async function everyLens(): Promise<Lens[]> {
  return allLenses(await askedLensOptions(await listReadableRegions(memberships, "en")));
}

describe("acceptance 2: no group smaller than k by differencing", () => {
  it("every allowed lens on every theme page: a published group total and everyone minus it both reach k", async () => {
    const lenses = await everyLens();
    // Singles of three dimensions and the pairs between them.
    expect(lenses.length).toBeGreaterThan(30);
    const regions = await listReadableRegions(memberships, "en");
    const themes = await themesByRegion(regions, {});
    let shown = 0;
    const totals = new Map<string, number>();
    for (const theme of ["protection", "recovery"] as const) {
      const themeRow = themes.rows.findIndex((row) => row.key === theme);
      const everyoneTotal = themes.counts.rowTotals[themeRow]!;
      for (const lens of lenses) {
        const response = await get(lensPath(`/draft/themes/${theme}`, lens));
        expect(response.status, `${theme} ${lensKey(lens)}`).toBe(200);
        const view = await showThemeAcrossRegions({ memberships, language: "en", theme, filters: {}, lens });
        if (view.kind !== "ok" || !view.lensView) throw new Error("no lens view");
        const { group } = view.lensView;
        if (group.status === "withheld") {
          expect(response.body).toContain(html("workspace:lens.withheld", { k }));
          continue;
        }
        if (group.groupTotal.kind !== "count") continue;
        totals.set(`${theme}|${lensKey(lens)}`, group.groupTotal.value);
        shown++;
        expect(group.groupTotal.value, lensKey(lens)).toBeGreaterThanOrEqual(k);
        expect(everyoneTotal.kind).toBe("count");
        if (everyoneTotal.kind === "count") expect(everyoneTotal.value - group.groupTotal.value, lensKey(lens)).toBeGreaterThanOrEqual(k);
      }
    }
    // The data has groups large enough to be shown, as well as small ones.
    expect(shown).toBeGreaterThan(0);
    expect(expectNoSmallDifferenceBetweenLenses(totals), "pairs shown beside their one-value lenses").toBeGreaterThan(0);
  }, 240_000); // ~100 lens requests, each audited as one system of sums: ~30 s on an idle 2-core machine

  it("every allowed lens on every principle page: the same for the stances' totals", async () => {
    const lenses = await everyLens();
    let shown = 0;
    let withheld = 0;
    const totals = new Map<string, number>();
    for (const number of [1, 2, 3]) {
      for (const lens of lenses) {
        const response = await get(lensPath(`/draft/principles/${number}`, lens));
        expect(response.status, `${number} ${lensKey(lens)}`).toBe(200);
        const view = await showPrincipleAcrossRegions({ memberships, language: "en", number: String(number), filters: {}, lens });
        if (view.kind !== "ok" || !view.lensView) throw new Error("no lens view");
        const { group, everyoneTotal } = view.lensView;
        // The page publishes everyone's total in its stances table; the lens view reads the same.
        expect(everyoneTotal).toEqual(view.stances.counts.total);
        if (group.status === "withheld") {
          withheld++;
          expect(response.body).toContain(html("workspace:lens.withheld", { k }));
          continue;
        }
        // Shown, but its total hidden so that a smaller count beside it cannot be worked out: nothing to subtract from.
        if (group.groupTotal.kind !== "count") continue;
        totals.set(`${number}|${lensKey(lens)}`, group.groupTotal.value);
        shown++;
        expect(group.groupTotal.value).toBeGreaterThanOrEqual(k);
        if (everyoneTotal.kind !== "count") throw new Error("everyone's total hidden beside a shown group");
        expect(everyoneTotal.value - group.groupTotal.value, `${number} ${lensKey(lens)}`).toBeGreaterThanOrEqual(k);
      }
    }
    expect(shown).toBeGreaterThan(0);
    expect(withheld).toBeGreaterThan(0);
    expect(expectNoSmallDifferenceBetweenLenses(totals), "pairs shown beside their one-value lenses").toBeGreaterThan(0);
  }, 240_000); // ~100 lens requests, each audited as one system of sums: ~30 s on an idle 2-core machine
});

/**
 * Differencing between lenses: "disability=yes" minus "disability=yes &
 * over 60" is a group too. Where both totals are published in the same view
 * (key "view|lens"), the difference reaches k.
 */
function expectNoSmallDifferenceBetweenLenses(totals: Map<string, number>) {
  let pairs = 0;
  for (const [key, total] of totals) {
    const [view, lens] = key.split("|") as [string, string];
    if (!lens.includes("&")) continue;
    for (const part of lens.split("&")) {
      const outer = totals.get(`${view}|${part}`);
      if (outer === undefined) continue;
      pairs++;
      expect(outer - total, `${view}: ${part} minus ${lens}`).toBeGreaterThanOrEqual(k);
    }
  }
  return pairs;
}

describe("the lens filter", () => {
  it("offers every countable value of every dimension asked by a readable consultation, and no other", async () => {
    const { body } = await get("/draft/themes/protection");
    expect(body).toContain(`>${html("workspace:lens.first")}</label>`);
    expect(body).toContain(`>${html("workspace:lens.second")}</label>`);
    for (const value of ["disability=yes", "disability=no", "ageBand=over60", "genderIdentity=nonBinary"]) expect(body).toContain(`value="${value}"`);
    expect(body).not.toContain('value="disability=preferNot"');
    expect(body).not.toContain('value="migrationOrDisplacement=migrant"');
    expect(body).toContain(html("workspace:lens.noCombine"));
    expect(body).toContain('href="/draft/themes/protection/differences"');
  });

  it("turns the form's two selects into the one canonical address", async () => {
    const response = await get("/draft/themes/protection?lens1=genderIdentity%3Dwoman&lens2=disability%3Dyes");
    expect(response.status).toBe(302);
    expect(response.location).toBe(`/draft/themes/protection?lens=${encodeURIComponent("genderIdentity=woman&disability=yes")}`);
    // The parts in another order: redirected to the canonical order.
    expect((await get(`/draft/principles/1?lens=${encodeURIComponent("disability=yes&genderIdentity=woman")}`)).location).toBe(
      `/draft/principles/1?lens=${encodeURIComponent("genderIdentity=woman&disability=yes")}`,
    );
    // The key unescaped is the same key: the same page, not a second address with its own answer.
    expect((await get("/draft/principles/1?lens=disability=yes")).status).toBe(200);
    expect((await get("/draft/principles/1?lens1=&lens2=")).location).toBe("/draft/principles/1");
  });

  it("a group whose complement is smaller than k is withheld too: everyone minus it would be the few others", async () => {
    const { body } = await get(lensPath("/draft/themes/protection", [{ dimension: "religionOrBelief", value: "religiousMajority" }]));
    expect(body).toContain(html("workspace:lens.withheld", { k }));
  });

  it("a group smaller than k shows no number at all, only the message", async () => {
    const { body } = await get(lensPath("/draft/principles/1", [{ dimension: "genderIdentity", value: "nonBinary" }]));
    expect(body).toContain(html("workspace:lens.withheld", { k }));
    expect(body).not.toContain(html("workspace:lens.groupTotal"));
    expect(body).not.toContain("lens-view-heading\"><svg");
  });

  it.each([
    ["/draft/themes/protection?lens1=disability%3Dyes&lens2=disability%3Dno", "sameDimension"],
    ["/draft/principles/1?lens=disability%3Dmaybe", "unknownValue"],
    ["/draft/principles/1?lens=migrationOrDisplacement%3Dmigrant", "unknownValue"],
    [`/draft/principles/1?lens=${encodeURIComponent("ageBand=over60&disability=yes&genderIdentity=woman")}`, "tooMany"],
    ["/draft/principles/1?lens=disability%3Dyes&lens=disability%3Dno", "tooMany"],
    ["/draft/themes/protection?lens=disability%3Dyes&region=lens-second-region", "withFilters"],
  ])("%s is a 400 with the %s message", async (path, problem) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.body).toContain(html(`workspace:lens.problem.${problem}`));
  });
});

describe("where groups differ most", () => {
  it("lists shown groups' differences, largest first, each linking to the principle page with its lens", async () => {
    const response = await get("/draft/themes/protection/differences");
    expect(response.status).toBe(200);
    const rows = [...response.body.matchAll(/<tr><th scope="row"><a [^>]*href="([^"]+)">[\s\S]*?<td>([^<]*)<\/td><\/tr>/g)];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(20);
    for (const [, href] of rows) expect(href).toMatch(/^\/draft\/principles\/[12]\?lens=[a-zA-Z]+%3D[a-zA-Z0-9]+$/);
    // The last column, "±n percentage points": its size never grows down the list.
    const points = rows.map((row) => Math.abs(Number(/([+\-\u2212]?\d+)/.exec(row[2]!)![1]!.replace("\u2212", "-"))));
    expect(points.length).toBe(rows.length);
    expect([...points].sort((a, b) => b - a)).toEqual(points);
    // A group smaller than k is never compared.
    expect(response.body).not.toContain(html("selfdescription:dimension.genderIdentity.value.nonBinary"));
    expect(response.body).not.toContain(html("selfdescription:dimension.ageBand.value.over60"));
  });
});
