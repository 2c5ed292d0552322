/**
 * Acceptance 4: a new version of the draft leaves earlier input linked to
 * the version it answered. Input is given on version 1; version 2 (new
 * principle rows) is published to the consultation; the old submission
 * still points at version 1 and its answer at version 1's principle, whose
 * text is unchanged — while the consultation and its questions move on.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { addQuestion } from "~/modules/consultations/questions/add-question.server";
import { createConsultation } from "~/modules/consultations/create-consultation.server";
import { getPublicConsultation } from "~/modules/consultations/get-public-consultation.server";
import { importDraft } from "~/modules/consultations/drafts/import-draft.server";
import { publishDraftVersion } from "~/modules/consultations/drafts/publish-draft-version.server";
import { saveDraftPrinciple } from "~/modules/consultations/drafts/save-draft-principle.server";
import { startDraftDocument } from "~/modules/consultations/drafts/start-draft-document.server";
import { startDraftVersion } from "~/modules/consultations/drafts/start-draft-version.server";
import { getDb } from "~/modules/db/db.server";

let organisationId: string;
let actorId: string;
let consultationId: string;
let version1Id: string;

const principle = (versionId: string, number: number, title: string) => ({
  versionId,
  organisationId,
  number,
  theme: number === 1 ? ("prevention" as const) : ("protection" as const),
  describesViolence: false,
  language: "en",
  title,
  body: `${title}.`,
  actorId,
});

beforeAll(async () => {
  const db = getDb();
  organisationId = (await db.organisation.create({ data: { slug: "hague-org", name: "Hague organisation" } })).id;
  actorId = (await db.staffUser.create({ data: { username: "hague-admin", passphraseHash: "x" } })).id;
  await createConsultation({
    leadOrganisationId: organisationId,
    slug: "the-hague-2027",
    title: "The Hague consultation",
    description: "",
    regionCity: "The Hague",
    regionCountry: "Netherlands",
    timeZone: "Europe/Amsterdam",
    languages: ["en"],
    opensAt: new Date(Date.now() - 86_400_000),
    closesAt: new Date(Date.now() + 30 * 86_400_000),
    actorId,
  });
  consultationId = (await db.consultation.findUniqueOrThrow({ where: { slug: "the-hague-2027" } })).id;
  const started = await startDraftDocument({ consultationId, organisationId, documentSlug: "hague-draft", documentTitle: "Hague draft", actorId });
  if (!started.ok) throw new Error("could not start the draft");
  version1Id = started.versionId;
  expect(await saveDraftPrinciple(principle(version1Id, 1, "Version one wording of principle 1"))).toEqual({ ok: true });
  expect(await saveDraftPrinciple(principle(version1Id, 2, "Version one wording of principle 2"))).toEqual({ ok: true });
  expect(
    await addQuestion({ consultationId, theme: "prevention", kind: "stance", principleNumber: 1, language: "en", prompt: "Do you agree?", help: "", options: "", actorId }),
  ).toEqual({ ok: true });
  await db.consultation.update({ where: { id: consultationId }, data: { status: "open" } });
});

describe("draft versions", () => {
  it("keeps earlier input linked to the version and principle it answered", async () => {
    const db = getDb();
    const question = await db.question.findFirstOrThrow({ where: { consultationId } });
    const principle1v1 = await db.draftPrinciple.findUniqueOrThrow({ where: { versionId_number: { versionId: version1Id, number: 1 } } });
    expect(question.principleId).toBe(principle1v1.id);

    // Input given on version 1 (the participation flow stores the version in use with the submission).
    const submission = await db.submission.create({
      data: {
        consultationId,
        draftVersionId: version1Id,
        language: "en",
        status: "received",
        idempotencyKey: "hague-1",
        key: { create: { wrappedKey: "test-wrapped-key" } },
        answers: { create: { questionId: question.id, principleId: principle1v1.id, stance: "agree" } },
      },
      select: { id: true },
    });

    // Version 1 is now frozen: its text stays what people answered.
    expect(await saveDraftPrinciple(principle(version1Id, 1, "A silent rewrite"))).toEqual({
      ok: false,
      field: "form",
      error: "consultations:errors.draftFrozen",
    });

    // Version 2: a copy (new rows), edited, then published to the consultation.
    const version2 = await startDraftVersion({ fromVersionId: version1Id, organisationId, actorId });
    if (!version2.ok) throw new Error(version2.error);
    expect(version2.number).toBe(2);
    expect(await saveDraftPrinciple(principle(version2.versionId, 1, "Version two wording of principle 1"))).toEqual({ ok: true });
    expect(await publishDraftVersion({ consultationId, versionId: version2.versionId, leadOrganisationId: organisationId, actorId, confirmed: true })).toEqual({ ok: true });

    const consultation = await db.consultation.findUniqueOrThrow({ where: { id: consultationId } });
    expect(consultation.draftVersionId).toBe(version2.versionId);
    const principle1v2 = await db.draftPrinciple.findUniqueOrThrow({ where: { versionId_number: { versionId: version2.versionId, number: 1 } } });
    expect(principle1v2.id).not.toBe(principle1v1.id);

    // The old submission and its answer still point at version 1 and its principle, with the old text.
    const stored = await db.submission.findUniqueOrThrow({
      where: { id: submission.id },
      select: {
        draftVersionId: true,
        answers: { select: { principleId: true, principle: { select: { versionId: true, translations: { select: { title: true } } } } } },
      },
    });
    expect(stored.draftVersionId).toBe(version1Id);
    expect(stored.answers).toEqual([
      { principleId: principle1v1.id, principle: { versionId: version1Id, translations: [{ title: "Version one wording of principle 1" }] } },
    ]);
    expect(await db.draftPrinciple.count({ where: { versionId: version1Id } })).toBe(2);

    // The question follows its principle into the new version; participants read version 2.
    expect((await db.question.findUniqueOrThrow({ where: { id: question.id } })).principleId).toBe(principle1v2.id);
    const publicPage = await getPublicConsultation("the-hague-2027", "en");
    expect(publicPage?.principlesByTheme.flatMap((group) => group.principles).map((item) => item.title)).toEqual([
      "Version two wording of principle 1",
      "Version one wording of principle 2",
    ]);

    const changes = await db.auditEvent.findMany({ where: { consultationId, action: "consultation.draft-version-changed" } });
    expect(changes.map((event) => event.details)).toEqual([{ document: "hague-draft", from: 1, to: 2 }]);
  });

  it("does the same for a version imported from a file and published with it", async () => {
    const db = getDb();
    const result = await importDraft({
      fileName: "v3.json",
      source: JSON.stringify({
        format: "convene-draft/1",
        document: { slug: "hague-draft", title: "Hague draft" },
        principles: [{ number: 1, theme: "prevention", text: { en: { title: "Version three wording", body: "" } } }],
      }),
      useIn: ["the-hague-2027"],
    });
    expect(result).toMatchObject({ ok: true, version: 3, createdDocument: false, usedIn: ["the-hague-2027"] });
    const submission = await db.submission.findUniqueOrThrow({ where: { idempotencyKey: "hague-1" }, select: { draftVersionId: true } });
    expect(submission.draftVersionId).toBe(version1Id);
    const consultation = await db.consultation.findUniqueOrThrow({ where: { id: consultationId }, select: { draftVersion: { select: { number: true } } } });
    expect(consultation.draftVersion?.number).toBe(3);
  });
});
