/**
 * Writing and reading syntheses, on a real database:
 * - a save is version n + 1, its text encrypted under its own data key, its
 *   audit event in the same transaction and without text; a save on an older
 *   version is a conflict that stores nothing;
 * - the version published most recently is the one read; Markdown is
 *   rendered without HTML, `<script>` and `javascript:` links neutralised;
 * - quotes only with consent: an answer without (b) is never offered nor
 *   read back (even if a row picked it), without (c) never public, and a
 *   withdrawal or a narrowed consent takes the quote out at once;
 * - /me says "included in a published summary" and "quoted" only when true.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { listOwnContributions } from "~/modules/submissions/list-own-contributions.server";
import { withdrawContribution } from "~/modules/submissions/withdraw-contribution.server";
import { createWorld, type World } from "../../../tests/support/actors";
import { prepareSynthesisConsultation, seedApprovedRedacted } from "../../../tests/support/synthesis";
import { candidateQuotes } from "./get-synthesis-editor.server";
import { listPublishedQuotes, listPublishedSyntheses, listQuotableAnswers } from "./published-syntheses.server";
import { publishSynthesis } from "./publish-synthesis.server";
import { saveSynthesis } from "./save-synthesis.server";
import { openSynthesisBody } from "./synthesis-body.server";
import { resolveSynthesisScope, type SynthesisScope } from "./synthesis-scope.server";

let world: World;
let consultationId: string;
let actorId: string;
let themeScope: SynthesisScope;
let principleScope: SynthesisScope;
const ids: Record<string, string> = {};
const db = () => getDb();

const sections = (said: string) => ({ said, change: "Name reprisals in the text.", emerging: "" });

beforeAll(async () => {
  world = await createWorld();
  consultationId = (await db().consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug } })).id;
  await prepareSynthesisConsultation(consultationId);
  actorId = (await db().staffUser.findUniqueOrThrow({ where: { username: "facilitator-host" } })).id;
  const participantId = (await db().submission.findUniqueOrThrow({ where: { id: world.participantAContributionId } })).participantId!;
  const [publicQuote, draftersOnly, countOnly, notConsented, withdrawnLater, mine] = await seedApprovedRedacted(consultationId, [
    { language: "en", texts: ["PUBLIC-QUOTE safe houses saved us."], choices: { publicQuotes: true }, quoteConsent: "public" },
    { language: "es", texts: ["DRAFTERS-ONLY las casas seguras."], quoteConsent: "drafters" },
    { language: "en", texts: ["COUNT-ONLY answer."], quoteConsent: "count_only" },
    { language: "en", texts: ["NO-B answer."], choices: { draftersMayQuote: false }, quoteConsent: "drafters" },
    { language: "en", texts: ["WITHDRAWN-LATER answer."], choices: { publicQuotes: true }, quoteConsent: "public" },
    { language: "en", texts: ["MINE answer about protection.", "MINE about recovery."], participantId, choices: { publicQuotes: true }, quoteConsent: "public" },
  ]);
  Object.assign(ids, { publicQuote, draftersOnly, countOnly, notConsented, withdrawnLater, mine });
  themeScope = (await resolveSynthesisScope(consultationId, "protection", undefined, "en"))!;
  principleScope = (await resolveSynthesisScope(consultationId, "protection", "1", "en"))!;
});

const answerOf = async (submissionId: string) => (await db().answer.findFirstOrThrow({ where: { submissionId }, orderBy: { question: { position: "asc" } } })).id;

describe("scopes", () => {
  it("knows the four themes and the principles of each theme in the consultation's draft only", async () => {
    expect(await resolveSynthesisScope(consultationId, "safety", undefined, "en")).toBeNull();
    expect(await resolveSynthesisScope(consultationId, "protection", "2", "en")).toBeNull(); // principle 2 is of recovery
    expect(await resolveSynthesisScope(consultationId, "protection", "99", "en")).toBeNull();
    expect(principleScope.principle?.number).toBe(1);
  });
});

describe("candidate quotes", () => {
  it("offers only approved, redacted answers of the theme whose consent reaches drafters, as redacted text", async () => {
    const offered = await candidateQuotes(consultationId, themeScope);
    const texts = offered.map((answer) => answer.text).sort();
    expect(texts).toEqual(["DRAFTERS-ONLY las casas seguras.", "MINE answer about protection.", "PUBLIC-QUOTE safe houses saved us.", "WITHDRAWN-LATER answer."]);
    expect(texts.join(" ")).not.toContain("NO-B");
    expect(texts.join(" ")).not.toContain("COUNT-ONLY");
    expect(offered.every((answer) => /^\d{4}-\d{2}$/.test(answer.month))).toBe(true);
  });
});

describe("saving and publishing", () => {
  it("saves version 1, encrypted, with its quotes and one audit event without text; refuses a stale save", async () => {
    const picks = [await answerOf(ids.publicQuote!), await answerOf(ids.draftersOnly!), await answerOf(ids.withdrawnLater!), await answerOf(ids.mine!)];
    const common = { consultationId, scope: themeScope, actorId, organisationId: world.hostOrganisationId };
    const first = await saveSynthesis({ ...common, baseVersion: 0, sections: sections("SECRET-SYNTHESIS-WORDS survivors asked for safe houses."), quoteIds: picks });
    expect(first).toEqual({ kind: "saved", version: 1 });
    const row = await db().themeSynthesis.findFirstOrThrow({ where: { consultationId, theme: "protection", principleId: null } });
    expect(row.bodyCipher).not.toContain("SECRET-SYNTHESIS-WORDS");
    expect(openSynthesisBody(row).said).toContain("SECRET-SYNTHESIS-WORDS");
    expect(await db().synthesisQuote.count({ where: { synthesisId: row.id } })).toBe(4);
    const events = await db().auditEvent.findMany({ where: { subjectId: row.id } });
    expect(events.map((event) => event.action)).toEqual(["synthesis.saved"]);
    expect(JSON.stringify(events)).not.toContain("SECRET-SYNTHESIS-WORDS");

    // Someone still on version 0 saves: a conflict, nothing stored.
    const stale = await saveSynthesis({ ...common, baseVersion: 0, sections: sections("LATE WORDS"), quoteIds: [] });
    expect(stale).toEqual({ kind: "conflict", latestVersion: 1 });
    expect(await db().themeSynthesis.count({ where: { consultationId, theme: "protection", principleId: null } })).toBe(1);

    // A quote the page could not have offered (no (b)) is refused.
    const refused = await saveSynthesis({ ...common, baseVersion: 1, sections: sections("x"), quoteIds: [await answerOf(ids.notConsented!)] });
    expect(refused.kind).toBe("refused");

    // Nothing is read before it is published.
    expect(await listPublishedSyntheses({ consultationIds: [consultationId] })).toEqual([]);
    expect(await publishSynthesis({ ...common, version: 1 })).toEqual({ kind: "published", version: 1 });
    expect(await publishSynthesis({ ...common, version: 7 })).toEqual({ kind: "notFound" });
    expect((await db().auditEvent.findMany({ where: { subjectId: row.id }, orderBy: { at: "asc" } })).map((event) => event.action)).toEqual([
      "synthesis.saved",
      "synthesis.published",
    ]);
  });

  it("reads the version published most recently, and renders Markdown without HTML or javascript: links", async () => {
    const common = { consultationId, scope: themeScope, actorId, organisationId: world.hostOrganisationId };
    const hostile = '**Safe houses** matter.\n\n<script>alert("x")</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>';
    expect(await saveSynthesis({ ...common, baseVersion: 1, sections: sections(hostile), quoteIds: [] })).toEqual({ kind: "saved", version: 2 });
    let [published] = await listPublishedSyntheses({ consultationIds: [consultationId], theme: "protection" });
    expect(published?.version).toBe(1); // version 2 is saved, not published
    await publishSynthesis({ ...common, version: 2, now: new Date(Date.now() + 1000) });
    [published] = await listPublishedSyntheses({ consultationIds: [consultationId], theme: "protection" });
    expect(published?.version).toBe(2);
    expect(published?.html.said).toContain("<strong>Safe houses</strong>");
    expect(published?.html.said).not.toContain("<script");
    expect(published?.html.said).toContain("&lt;script&gt;");
    expect(published?.html.said).not.toContain('href="javascript:');
    expect(published?.html.said).not.toContain("<img");
    expect(published?.markdown.said).toBe(hostile);
    // Publishing version 1 again brings it back.
    await publishSynthesis({ ...common, version: 1, now: new Date(Date.now() + 2000) });
    [published] = await listPublishedSyntheses({ consultationIds: [consultationId], theme: "protection" });
    expect(published?.version).toBe(1);
    expect(published?.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("published quotes", () => {
  it("shows drafters the quotes consented to (b), the public only those consented to (c), month only", async () => {
    const drafters = await listPublishedQuotes({ consultationIds: [consultationId], audience: "drafters" });
    expect(drafters.map((quote) => quote.text).sort()).toEqual([
      "DRAFTERS-ONLY las casas seguras.",
      "MINE answer about protection.",
      "PUBLIC-QUOTE safe houses saved us.",
      "WITHDRAWN-LATER answer.",
    ]);
    const publicQuotes = await listPublishedQuotes({ consultationIds: [consultationId], audience: "public" });
    expect(publicQuotes.map((quote) => quote.text).sort()).toEqual(["MINE answer about protection.", "PUBLIC-QUOTE safe houses saved us.", "WITHDRAWN-LATER answer."]);
    for (const quote of publicQuotes) {
      expect(Object.keys(quote).sort()).toEqual(["answerId", "consultationId", "kind", "language", "month", "principleNumbers", "text", "theme"]);
      expect(quote.month).toMatch(/^\d{4}-\d{2}$/);
      expect(quote.principleNumbers).toEqual([1]);
    }
  });

  it("never reads back a picked answer whose consent does not reach the audience (checked at read time)", async () => {
    // A row picking the unconsented answer, as if written around the editor.
    const synthesis = await db().themeSynthesis.findFirstOrThrow({ where: { consultationId, theme: "protection", principleId: null, version: 1 } });
    await db().synthesisQuote.create({ data: { synthesisId: synthesis.id, answerId: await answerOf(ids.notConsented!), position: 9 } });
    await db().synthesisQuote.create({ data: { synthesisId: synthesis.id, answerId: await answerOf(ids.countOnly!), position: 10 } });
    const drafters = await listPublishedQuotes({ consultationIds: [consultationId], audience: "drafters" });
    expect(drafters.map((quote) => quote.text).join(" ")).not.toMatch(/NO-B|COUNT-ONLY/);
  });

  it("drops a quote once its author narrows consent, and when they withdraw", async () => {
    const before = await listPublishedQuotes({ consultationIds: [consultationId], audience: "public" });
    expect(before.map((quote) => quote.text)).toContain("PUBLIC-QUOTE safe houses saved us.");
    const record = (await db().submission.findUniqueOrThrow({ where: { id: ids.publicQuote! }, select: { consentRecordId: true } })).consentRecordId!;
    await db().consentRecord.update({ where: { id: record }, data: { publicQuotes: false } });
    const narrowed = await listPublishedQuotes({ consultationIds: [consultationId], audience: "public" });
    expect(narrowed.map((quote) => quote.text)).not.toContain("PUBLIC-QUOTE safe houses saved us.");
    expect((await listPublishedQuotes({ consultationIds: [consultationId], audience: "drafters" })).map((quote) => quote.text)).toContain(
      "PUBLIC-QUOTE safe houses saved us.",
    );

    expect((await withdrawContribution(ids.withdrawnLater!)).kind).toBe("withdrawn");
    const after = await listPublishedQuotes({ consultationIds: [consultationId], audience: "drafters" });
    expect(after.map((quote) => quote.text)).not.toContain("WITHDRAWN-LATER answer.");
    expect((await listQuotableAnswers({ consultationIds: [consultationId], audience: "drafters" })).map((quote) => quote.text)).not.toContain("WITHDRAWN-LATER answer.");
  });

  it("lists every quotable answer for exports, once per theme, with its stance and month", async () => {
    const all = await listQuotableAnswers({ consultationIds: [consultationId], audience: "public" });
    expect(all.map((quote) => `${quote.theme}:${quote.text}`).sort()).toEqual(["protection:MINE answer about protection.", "recovery:MINE about recovery."]);
    const recovery = await listQuotableAnswers({ consultationIds: [consultationId], audience: "public", principleNumber: 2 });
    expect(recovery.map((quote) => quote.text)).toEqual(["MINE about recovery."]);
    expect(recovery[0]).toMatchObject({ stance: null, principleNumbers: [2], month: expect.stringMatching(/^\d{4}-\d{2}$/) });
  });
});

describe("the participant's status in /me", () => {
  it("says included and quoted only when counted in a theme with a published synthesis and picked in it", async () => {
    const participantId = (await db().submission.findUniqueOrThrow({ where: { id: ids.mine! } })).participantId!;
    const status = async () => (await listOwnContributions(participantId, "en")).find((row) => row.id === ids.mine)!;
    expect(await status()).toMatchObject({ inPublishedSummary: true, quoted: true });
    // Participant A's other contribution is only received: neither.
    const other = (await listOwnContributions(participantId, "en")).find((row) => row.id === world.participantAContributionId)!;
    expect(other).toMatchObject({ inPublishedSummary: false, quoted: false });

    // Consent to quoting narrowed: still counted (included), no longer quoted.
    const record = (await db().submission.findUniqueOrThrow({ where: { id: ids.mine! }, select: { consentRecordId: true } })).consentRecordId!;
    await db().consentRecord.update({ where: { id: record }, data: { draftersMayQuote: false, publicQuotes: false } });
    expect(await status()).toMatchObject({ inPublishedSummary: true, quoted: false });
    // (a) withdrawn from summaries: not counted, so not included.
    await db().consentRecord.update({ where: { id: record }, data: { useInSummaries: false } });
    expect(await status()).toMatchObject({ inPublishedSummary: false, quoted: false });
  });

  it("is not included when only another theme has a published synthesis", async () => {
    const [recoveryOnly] = await seedApprovedRedacted(consultationId, [
      { language: "en", texts: ["", "Only about recovery."], participantId: (await db().submission.findUniqueOrThrow({ where: { id: ids.mine! } })).participantId },
    ]);
    // It answered the recovery question only.
    await db().answer.deleteMany({ where: { submissionId: recoveryOnly!, question: { theme: "protection" } } });
    const participantId = (await db().submission.findUniqueOrThrow({ where: { id: recoveryOnly! } })).participantId!;
    const row = (await listOwnContributions(participantId, "en")).find((entry) => entry.id === recoveryOnly)!;
    expect(row.inPublishedSummary).toBe(false);
  });
});
