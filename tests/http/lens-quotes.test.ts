/**
 * Rule 5 of the lens views (issue 13): a quote in a lens view comes only
 * from a member of the group, only while the group's cell for its principle
 * is shown, and never carries a self-description value. Real rollups here:
 * approved contributions, self-descriptions saved as participants save them,
 * and the refresh job's lens counting.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Membership } from "~/modules/auth/actor.server";
import { getDb } from "~/modules/db/db.server";
import { publishSynthesis } from "~/modules/summaries/publish-synthesis.server";
import { refreshSummaries } from "~/modules/summaries/rollups/refresh-summaries.server";
import { saveSynthesis } from "~/modules/summaries/save-synthesis.server";
import { showPrincipleAcrossRegions } from "~/modules/summaries/show-principle-across-regions.server";
import { resolveSynthesisScope } from "~/modules/summaries/synthesis-scope.server";
import { createWorld, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { html } from "../support/locales";
import { seedSelfDescription } from "../support/self-description";
import { prepareSynthesisConsultation, seedApprovedRedacted } from "../support/synthesis";

let world: World;
let server: TestServer;
let memberships: Membership[];
let consultationId: string;

/** Contributions on principle 1 (protection): `yes` of them with a disability, `no` without. */
async function seed(yes: number, no: number, tag: string) {
  const ids = await seedApprovedRedacted(
    consultationId,
    Array.from({ length: yes + no }, (_, index) => ({ language: "en", texts: [`${tag}-${index < yes ? "MEMBER" : "OTHER"}-${index}`], quoteConsent: "drafters" as const })),
  );
  for (const [index, id] of ids.entries()) await seedSelfDescription(id, { disability: { value: index < yes ? "yes" : "no" }, ageBand: { value: "from25to39" } });
  return ids;
}

async function publishQuotes(submissionIds: string[]) {
  const actorId = (await getDb().staffUser.findUniqueOrThrow({ where: { username: "facilitator-host" } })).id;
  const scope = (await resolveSynthesisScope(consultationId, "protection", "1", "en"))!;
  const answers = await getDb().answer.findMany({ where: { submissionId: { in: submissionIds } }, select: { id: true } });
  const latest = await getDb().themeSynthesis.count({ where: { consultationId } });
  const saved = await saveSynthesis({
    consultationId,
    scope,
    actorId,
    organisationId: world.hostOrganisationId,
    baseVersion: latest,
    sections: { said: "People asked for safe houses.", change: "", emerging: "" },
    quoteIds: answers.map((answer) => answer.id),
  });
  expect(saved.kind).toBe("saved");
  await publishSynthesis({ consultationId, scope, actorId, organisationId: world.hostOrganisationId, version: latest + 1 });
}

const quotesOf = async (lens?: "disability=yes") => {
  const view = await showPrincipleAcrossRegions({ memberships, language: "en", number: "1", filters: {}, ...(lens ? { lens: [{ dimension: "disability", value: "yes" }] as const } : {}) });
  if (view.kind !== "ok") throw new Error("no view");
  return view.quotes.map((quote) => quote.text).sort();
};

beforeAll(async () => {
  world = await createWorld();
  consultationId = (await getDb().consultation.update({ where: { slug: world.consultationSlug }, data: { selfDescriptionDimensions: ["disability", "ageBand"] } })).id;
  await prepareSynthesisConsultation(consultationId);
  memberships = [{ organisationId: world.hostOrganisationId, role: "drafter" }];
  server = await startTestServer();
}, 60_000);
afterAll(async () => server?.close());

describe("quotes in a lens view", () => {
  it("come only from the group's members, and only while the group's cell is shown", async () => {
    // Three with a disability: a group below k, so the lens shows nothing — not even its members' quotes.
    const small = await seed(3, 9, "SMALL");
    await publishQuotes([small[0]!, small[5]!]);
    await refreshSummaries();
    expect(await quotesOf()).toEqual(["SMALL-MEMBER-0", "SMALL-OTHER-5"]);
    expect(await quotesOf("disability=yes")).toEqual([]);

    // Six more with a disability: the group (9) and everyone else (12) both reach k; only the member's quote stays.
    const more = await seed(6, 3, "LARGE");
    await publishQuotes([small[0]!, small[5]!, more[0]!, more[7]!]);
    await refreshSummaries();
    expect(await quotesOf()).toEqual(["LARGE-MEMBER-0", "LARGE-OTHER-7", "SMALL-MEMBER-0", "SMALL-OTHER-5"]);
    expect(await quotesOf("disability=yes")).toEqual(["LARGE-MEMBER-0", "SMALL-MEMBER-0"]);

    // The page: the member's words, no self-description value beside them.
    const page = await send(server, `/draft/principles/1?lens=${encodeURIComponent("disability=yes")}`, { cookie: world.cookies.drafterOfHost });
    expect(page.status).toBe(200);
    expect(page.body).toContain("LARGE-MEMBER-0");
    expect(page.body).not.toContain("LARGE-OTHER-7");
    const quotes = page.body.slice(page.body.indexOf("LARGE-MEMBER-0") - 400, page.body.indexOf("LARGE-MEMBER-0") + 400);
    expect(quotes).not.toContain(html("selfdescription:dimension.disability.value.yes"));
    expect(quotes).not.toContain(html("selfdescription:dimension.ageBand.value.from25to39"));
  });
});
