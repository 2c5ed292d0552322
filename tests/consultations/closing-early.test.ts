/**
 * Issue 10, bug 1: closing a consultation early records the day it closed,
 * and its public page says that day, not the planned closing still ahead.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { changeConsultationStatus } from "~/modules/consultations/change-consultation-status.server";
import { getPublicConsultation } from "~/modules/consultations/get-public-consultation.server";
import { getDb } from "~/modules/db/db.server";
import { getParticipationConsultation } from "~/modules/submissions/participation-consultation.server";

let actorId: string;
let organisationId: string;

async function openConsultation(slug: string, opensAt: Date, closesAt: Date) {
  // Opening (and reopening) needs the draft principles, so each one has a draft of one principle.
  const document = await getDb().draftDocument.create({
    data: {
      slug: `${slug}-draft`,
      title: "Draft",
      organisationId,
      versions: { create: { number: 1, principles: { create: { number: 1, theme: "prevention", translations: { create: { language: "en", title: "One" } } } } } },
    },
    select: { versions: { select: { id: true } } },
  });
  return getDb().consultation.create({
    data: {
      draftVersionId: document.versions[0]!.id,
      slug,
      languages: ["en"],
      timeZone: "America/Bogota",
      opensAt,
      closesAt,
      status: "open",
      translations: { create: { language: "en", title: `Consultation ${slug}` } },
      hosts: { create: { organisationId, role: "lead", invitation: "accepted" } },
    },
  });
}

beforeAll(async () => {
  const db = getDb();
  organisationId = (await db.organisation.create({ data: { slug: "closing-org", name: "Closing organisation" } })).id;
  actorId = (await db.staffUser.create({ data: { username: "closing-admin", passphraseHash: "x" } })).id;
});

describe("closing a consultation early", () => {
  it("says it closed on the day it was closed, not on the planned closing day", async () => {
    const consultation = await openConsultation("bogota-early", new Date("2026-06-01T05:00:00Z"), new Date("2027-12-31T23:59:59-05:00"));
    const closingDay = new Date("2026-12-01T15:00:00Z");
    expect(await changeConsultationStatus({ consultationId: consultation.id, to: "closed", actorId, now: closingDay })).toEqual({ ok: true });
    const row = await getDb().consultation.findUniqueOrThrow({ where: { id: consultation.id } });
    expect(row.closedAt?.toISOString()).toBe(closingDay.toISOString());

    const page = await getPublicConsultation("bogota-early", "en", new Date("2026-12-02T15:00:00Z"));
    expect(page?.refusal?.values.closes).toBe("December 1, 2026");
    expect(page?.closesOn).toBe("December 1, 2026");
    // The participant's steps (consent, answering) say the same day.
    const participation = await getParticipationConsultation("bogota-early", "en", new Date("2026-12-02T15:00:00Z"));
    expect(participation?.closesOn).toBe("December 1, 2026");
  });

  it("one closed before it opened says the day it was closed too", async () => {
    const consultation = await openConsultation("bogota-never-opened", new Date("2027-01-01T05:00:00Z"), new Date("2027-04-30T23:59:59-05:00"));
    await changeConsultationStatus({ consultationId: consultation.id, to: "closed", actorId, now: new Date("2026-12-01T15:00:00Z") });
    const page = await getPublicConsultation("bogota-never-opened", "en", new Date("2026-12-02T15:00:00Z"));
    expect(page?.refusal?.values.closes).toBe("December 1, 2026");
  });

  it("reopening forgets the early closing, so the planned day counts again", async () => {
    const consultation = await openConsultation("bogota-reopened", new Date("2026-06-01T05:00:00Z"), new Date("2027-12-31T23:59:59-05:00"));
    await changeConsultationStatus({ consultationId: consultation.id, to: "closed", actorId, now: new Date("2026-12-01T15:00:00Z") });
    expect(await changeConsultationStatus({ consultationId: consultation.id, to: "open", actorId, now: new Date("2026-12-01T16:00:00Z") })).toEqual({ ok: true });
    const row = await getDb().consultation.findUniqueOrThrow({ where: { id: consultation.id } });
    expect(row.closedAt).toBeNull();
    const page = await getPublicConsultation("bogota-reopened", "en", new Date("2026-12-02T15:00:00Z"));
    expect(page?.closesOn).toBe("December 31, 2027");
  });
});
