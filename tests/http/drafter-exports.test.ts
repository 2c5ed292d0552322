/**
 * The drafters' report downloads (/draft/:slug/export.csv|.md|.docx) over
 * HTTP against the production server:
 * - the CSV parses (RFC 4180, parsed here), has the header row, holds only
 *   approved, redacted answers whose authors chose (b), only where the
 *   region × theme cell is shown, no pseudonym, id or exact date, and makes
 *   formula-looking cells inert;
 * - a seeded cell of 2 reads "fewer than 5" in Markdown and Word;
 * - the Word file unzips, and Arabic paragraphs are bidirectional with
 *   right-to-left runs;
 * - an empty selection is a header-only CSV and a valid docx;
 * - every export writes its audit events; wrong role, wrong organisation
 *   and no session are refused.
 */
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { publishSynthesis } from "~/modules/summaries/publish-synthesis.server";
import { saveSynthesis } from "~/modules/summaries/save-synthesis.server";
import { resolveSynthesisScope } from "~/modules/summaries/synthesis-scope.server";
import { createWorld, signedInStaff, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { prepareSynthesisConsultation, seedApprovedRedacted } from "../support/synthesis";
import { parseCsv } from "../support/csv";

let server: TestServer;
let world: World;
let consultationId: string;
let otherDrafter: string;
const ids: Record<string, string> = {};
const db = () => getDb();

async function download(path: string, cookie?: string) {
  const response = await fetch(server.baseUrl + path, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"]!);

/** Paragraphs of a document.xml holding the given words. */
function paragraphsWith(xml: string, words: string): string[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).filter((paragraph) => paragraph.includes(words));
}

async function setCells(cells: Array<{ theme: string; language: string; kind?: "online" | "in_person"; contributions: number }>) {
  await db().summaryCell.deleteMany({ where: { consultationId } });
  await db().summaryCell.createMany({
    data: cells.map((cell) => ({ consultationId, principleId: "", stance: "", kind: "online" as const, ...cell })),
  });
}

beforeAll(async () => {
  server = await startTestServer();
  world = await createWorld();
  consultationId = (await db().consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug } })).id;
  await db().consultation.update({ where: { id: consultationId }, data: { languages: ["en", "ar", "es"] } });
  await prepareSynthesisConsultation(consultationId);
  const participantId = (await db().submission.findUniqueOrThrow({ where: { id: world.participantAContributionId } })).participantId!;
  // Texts by free-text question: [protection (principle 1), recovery (principle 2)].
  const [plain, arabic, formula, mine, countOnly, noB, recoveryOnly] = await seedApprovedRedacted(consultationId, [
    { language: "en", texts: ["CONSENTED-PLAIN safe houses, run by us."], quoteConsent: "drafters" },
    { language: "ar", texts: ["نريد بيوتاً آمنة ARABIC-CANARY"], quoteConsent: "drafters" },
    { language: "es", texts: ["=HYPERLINK(\"http://evil.example\",\"clic\")"], quoteConsent: "drafters" },
    { language: "en", texts: ["MINE-CANARY protection words."], participantId, quoteConsent: "drafters" },
    { language: "en", texts: ["COUNT-ONLY-CANARY"], quoteConsent: "count_only" },
    { language: "en", texts: ["NO-B-CANARY"], choices: { draftersMayQuote: false }, quoteConsent: "drafters" },
    { language: "en", texts: ["", "RECOVERY-SMALL-CELL-CANARY"], quoteConsent: "drafters" },
  ]);
  Object.assign(ids, { plain, arabic, formula, mine, countOnly, noB, recoveryOnly });
  for (const [status, text] of [
    ["withdrawn", "WITHDRAWN-CANARY"],
    ["rejected", "REJECTED-CANARY"],
    ["held", "HELD-CANARY"],
  ] as const) {
    const [id] = await seedApprovedRedacted(consultationId, [{ language: "en", texts: [text], quoteConsent: "drafters" }]);
    await db().submission.update({ where: { id }, data: { status } });
  }
  // The rollup as the job would leave it: protection 7 (shown), recovery 2 (fewer than 5).
  await setCells([
    { theme: "", language: "en", contributions: 7 },
    { theme: "", language: "ar", contributions: 1 },
    { theme: "protection", language: "en", contributions: 5 },
    { theme: "protection", language: "ar", contributions: 1 },
    { theme: "protection", language: "es", contributions: 1 },
    { theme: "recovery", language: "en", contributions: 2 },
  ]);
  // A published synthesis of protection quoting the Arabic and the plain answer.
  const actorId = (await db().staffUser.findUniqueOrThrow({ where: { username: "facilitator-host" } })).id;
  const scope = (await resolveSynthesisScope(consultationId, "protection", undefined, "en"))!;
  const answerOf = async (submissionId: string) =>
    (await db().answer.findFirstOrThrow({ where: { submissionId }, orderBy: { question: { position: "asc" } } })).id;
  const saved = await saveSynthesis({
    consultationId,
    scope,
    actorId,
    organisationId: world.hostOrganisationId,
    baseVersion: 0,
    sections: { said: "SYNTHESIS-SAID people asked for **safe houses**.", change: "يجب تسمية الأعمال الانتقامية", emerging: "" },
    quoteIds: [await answerOf(ids.arabic!), await answerOf(ids.plain!)],
  });
  expect(saved.kind).toBe("saved");
  await publishSynthesis({ consultationId, scope, actorId, organisationId: world.hostOrganisationId, version: 1 });
  // A published synthesis of recovery, whose cell is 2: its quote must stay out of the page and the files.
  const recovery = (await resolveSynthesisScope(consultationId, "recovery", undefined, "en"))!;
  const recoveryAnswer = await db().answer.findFirstOrThrow({ where: { submissionId: ids.recoveryOnly!, question: { theme: "recovery" } } });
  const savedRecovery = await saveSynthesis({
    consultationId,
    scope: recovery,
    actorId,
    organisationId: world.hostOrganisationId,
    baseVersion: 0,
    sections: { said: "RECOVERY-SYNTHESIS few spoke of recovery.", change: "", emerging: "" },
    quoteIds: [recoveryAnswer.id],
  });
  expect(savedRecovery.kind).toBe("saved");
  await publishSynthesis({ consultationId, scope: recovery, actorId, organisationId: world.hostOrganisationId, version: 1 });
  otherDrafter = await signedInStaff("drafter-other", [{ organisationId: world.otherOrganisationId, role: "drafter" }]);
}, 60_000);
afterAll(async () => server?.close());

const base = () => `/draft/${world.consultationSlug}`;
const canaries = ["COUNT-ONLY-CANARY", "NO-B-CANARY", "WITHDRAWN-CANARY", "REJECTED-CANARY", "HELD-CANARY", "RECOVERY-SMALL-CELL-CANARY"];

describe("CSV export", () => {
  it("parses, and holds only approved, redacted, (b)-consented answers of shown cells — no pseudonym, id or exact date", async () => {
    const result = await download(`${base()}/export.csv`, world.cookies.drafterOfHost);
    expect(result.status).toBe(200);
    expect(result.headers.get("content-type")).toContain("text/csv");
    expect(result.headers.get("content-disposition")).toContain("attachment");
    expect(result.text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(result.text.slice(1));
    expect(rows[0]).toEqual(["theme", "principle", "region", "language", "kind", "stance", "month", "text"]);
    const body = rows.slice(1);
    expect(body.map((row) => row[7]).sort()).toEqual(
      ["'=HYPERLINK(\"http://evil.example\",\"clic\")", "CONSENTED-PLAIN safe houses, run by us.", "MINE-CANARY protection words.", "نريد بيوتاً آمنة ARABIC-CANARY"].sort(),
    );
    for (const row of body) {
      expect(row).toHaveLength(8);
      expect(row.slice(0, 5)).toEqual(["protection", "1", world.consultationSlug, row[3], "online"]);
      expect(row[6]).toMatch(/^\d{4}-\d{2}$/);
    }
    for (const canary of canaries) expect(result.text).not.toContain(canary);
    expect(result.text).not.toContain("participant-a");
    expect(result.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const id of Object.values(ids)) expect(result.text).not.toContain(id);
  });

  it("filters as the page does, an empty selection is the header row alone, and an unknown filter is refused", async () => {
    const spanish = parseCsv((await download(`${base()}/export.csv?language=es`, world.cookies.drafterOfHost)).text.slice(1));
    // Spanish protection is a cell of 1 in the filtered view: hidden, so no row leaves.
    expect(spanish).toEqual([["theme", "principle", "region", "language", "kind", "stance", "month", "text"]]);
    const empty = await download(`${base()}/export.csv?theme=prevention`, world.cookies.drafterOfHost);
    expect(empty.text).toBe("\uFEFFtheme,principle,region,language,kind,stance,month,text\r\n");
    const unknown = await download(`${base()}/export.csv?language=xx`, world.cookies.drafterOfHost);
    expect(unknown.status).toBe(400);
    expect(unknown.text).toBe("Unknown language in the filter.");
    expect((await download(`${base()}/export.csv?theme=safety`, world.cookies.drafterOfHost)).status).toBe(400);
  });

  it("records one summary.exported event and one submission.exported per contribution exported", async () => {
    const before = new Date(Date.now() - 1);
    await download(`${base()}/export.csv`, world.cookies.drafterOfHost);
    const events = await db().auditEvent.findMany({ where: { consultationId, at: { gte: before }, action: { in: ["summary.exported", "submission.exported"] } } });
    const summary = events.filter((event) => event.action === "summary.exported");
    expect(summary).toHaveLength(1);
    expect(summary[0]!.details).toMatchObject({ format: "csv", rows: 4 });
    expect(events.filter((event) => event.action === "submission.exported").map((event) => event.subjectId).sort()).toEqual(
      [ids.plain, ids.arabic, ids.formula, ids.mine].sort(),
    );
    expect(JSON.stringify(events)).not.toContain("CANARY");
  });
});

describe("Markdown export", () => {
  it("shows the seeded cell of 2 as fewer than 5, the synthesis and the consented quotes with where they come from", async () => {
    const result = await download(`${base()}/export.md`, world.cookies.drafterOfHost);
    expect(result.status).toBe(200);
    const markdown = result.text;
    expect(markdown).toContain("| Relief and recovery | fewer than 5 |");
    expect(markdown).toContain("| Protection | 7 |");
    expect(markdown).toContain("| All contributions | 8 |");
    expect(markdown).toContain("SYNTHESIS-SAID people asked for **safe houses**.");
    expect(markdown).toContain("> نريد بيوتاً آمنة ARABIC-CANARY");
    expect(markdown).toContain("— Arabic · Matrix consultation · Online · ");
    for (const canary of [...canaries, "MINE-CANARY"]) expect(markdown).not.toContain(canary);
    expect(markdown).not.toContain("participant-a");
  });
});

describe("Word export", () => {
  it("unzips; the cell of 2 reads fewer than 5; Arabic paragraphs are bidirectional with right-to-left runs", async () => {
    const result = await download(`${base()}/export.docx`, world.cookies.drafterOfHost);
    expect(result.status).toBe(200);
    const xml = documentXml(result.bytes);
    expect(xml).toContain("<w:tbl>");
    expect(xml).toContain("fewer than 5");
    const arabic = [...paragraphsWith(xml, "ARABIC-CANARY"), ...paragraphsWith(xml, "يجب تسمية")];
    expect(arabic).toHaveLength(2);
    for (const paragraph of arabic) {
      expect(paragraph).toContain("<w:bidi/>");
      expect(paragraph).toMatch(/<w:rtl\/>/);
    }
    const english = paragraphsWith(xml, "CONSENTED-PLAIN");
    expect(english).toHaveLength(1);
    expect(english[0]).not.toContain("<w:bidi/>");
    for (const canary of [...canaries, "MINE-CANARY"]) expect(xml).not.toContain(canary);
  });

  it("is a valid document for an empty selection", async () => {
    const result = await download(`${base()}/export.docx?theme=prevention`, world.cookies.drafterOfHost);
    expect(result.status).toBe(200);
    const xml = documentXml(result.bytes);
    expect(xml).toContain("<w:body>");
    expect(xml).toContain("No quote to show yet.");
  });
});

describe("who may export", () => {
  it("refuses no session, the wrong role and another organisation's drafter", async () => {
    for (const format of ["csv", "md", "docx"]) {
      const path = `${base()}/export.${format}`;
      const anonymous = await download(path);
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.get("location")).toBe("/staff/login");
      expect((await download(path, world.cookies.facilitatorOfHost)).status).toBe(404);
      expect((await download(path, world.cookies.participantA)).status).toBe(404);
      expect((await download(path, otherDrafter)).status).toBe(404);
      expect((await download(`/draft/no-such-consultation/export.${format}`, world.cookies.drafterOfHost)).status).toBe(404);
    }
  });
});

describe("the report page", () => {
  it("shows the counts as the exports do, the synthesis, the quotes of shown cells, the three downloads; records reads", async () => {
    const before = new Date(Date.now() - 1);
    const page = await send(server, `${base()}?kind=online`, { cookie: world.cookies.drafterOfHost });
    expect(page.status).toBe(200);
    const html = page.body.replace(/<!-- -->/g, "");
    for (const [name, format] of [
      ["Download CSV", "csv"],
      ["Download Markdown", "md"],
      ["Download Word", "docx"],
    ]) {
      expect(html).toMatch(new RegExp(`<a class="button-link" href="/draft/${world.consultationSlug}/export\\.${format}\\?kind=online" download="">${name}</a>`));
    }
    const unfiltered = (await send(server, base(), { cookie: world.cookies.drafterOfHost })).body.replace(/<!-- -->/g, "");
    expect(unfiltered).toMatch(/<th scope="row">Relief and recovery<\/th><td>fewer than 5<\/td>/);
    expect(unfiltered).toMatch(/<th scope="row">Protection<\/th><td>7<\/td>/);
    expect(unfiltered).toContain("<caption>");
    expect(unfiltered).toContain("SYNTHESIS-SAID people asked for <strong>safe houses</strong>.");
    expect(unfiltered).toContain("نريد بيوتاً آمنة ARABIC-CANARY");
    for (const canary of [...canaries, "MINE-CANARY"]) expect(unfiltered).not.toContain(canary);
    for (const id of Object.values(ids)) expect(unfiltered).not.toContain(id);
    const reads = await db().auditEvent.findMany({ where: { consultationId, at: { gte: before }, action: "submission.read" } });
    expect(new Set(reads.map((event) => event.subjectId))).toEqual(new Set([ids.arabic, ids.plain]));
    expect((await send(server, `${base()}?region=elsewhere`, { cookie: world.cookies.drafterOfHost })).status).toBe(400);
  });
});
