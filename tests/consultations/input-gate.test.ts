/**
 * Acceptance 3: after the closing date (in the consultation's own time
 * zone) a consultation refuses input, with the translated "closed" message
 * and its dates; before the opening date it is "not yet open"; a draft or
 * unknown slug is "not found". The participation flow calls this gate before
 * storing anything, and may pass its transaction so the check and the
 * write see the same row.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  assertConsultationAcceptsInput,
  getConsultationForInput,
  InputRefusedError,
} from "~/modules/consultations/consultation-input-gate.server";
import { createConsultation } from "~/modules/consultations/create-consultation.server";
import { inputRefusalMessage } from "~/modules/consultations/input-refusal";
import { closingInstant, openingInstant } from "~/modules/consultations/zoned-time";
import { getDb } from "~/modules/db/db.server";
import { fixedTranslator } from "~/http/i18n.server";
import { send, startTestServer } from "../support/http-app";

const slug = "tasmania-2027";
const timeZone = "Australia/Hobart";
// Input from 1 March 2027 (start of day) to 31 March 2027 (end of day), Hobart time.
const opensAt = openingInstant("2027-03-01", "", timeZone)!;
const closesAt = closingInstant("2027-03-31", "", timeZone)!;

beforeAll(async () => {
  const db = getDb();
  const organisation = await db.organisation.create({ data: { slug: "tas-org", name: "Tasmanian organisation" } });
  const staff = await db.staffUser.create({ data: { username: "tas-admin", passphraseHash: "x" } });
  await createConsultation({
    leadOrganisationId: organisation.id,
    slug,
    title: "Tasmania regional consultation",
    description: "",
    regionCity: "Hobart",
    regionCountry: "Australia",
    timeZone,
    languages: ["en", "es"],
    opensAt,
    closesAt,
    actorId: staff.id,
  });
  await db.consultation.update({ where: { slug }, data: { status: "open" } });
  await createConsultation({
    leadOrganisationId: organisation.id,
    slug: "still-a-draft",
    title: "Not public yet",
    description: "",
    regionCity: "Hobart",
    regionCountry: "Australia",
    timeZone,
    languages: ["en"],
    opensAt,
    closesAt,
    actorId: staff.id,
  });
});

describe("the input gate", () => {
  it("stores the dates in UTC from the consultation's zone", () => {
    // Hobart is UTC+11 in March (daylight saving time).
    expect(opensAt.toISOString()).toBe("2027-02-28T13:00:00.000Z");
    expect(closesAt.toISOString()).toBe("2027-03-31T12:59:59.000Z");
  });

  it("accepts input between opening and closing, and hands over the draft version in use", async () => {
    const gate = await getConsultationForInput(slug, new Date("2027-03-15T00:00:00Z"));
    expect(gate.ok).toBe(true);
    if (gate.ok) expect(gate.consultation).toMatchObject({ slug, languages: ["en", "es"], draftVersionId: null });
    // The last second of 31 March in Hobart still counts.
    expect((await getConsultationForInput(slug, new Date(closesAt.getTime() - 1))).ok).toBe(true);
    expect((await assertConsultationAcceptsInput(slug, opensAt)).slug).toBe(slug);
  });

  it("refuses input after the closing date with the translated 'closed' message and the dates", async () => {
    // 1 April, 00:00 in Hobart: still 31 March in UTC, but the consultation's own day has ended.
    const afterClosing = new Date("2027-03-31T13:00:00Z");
    const gate = await getConsultationForInput(slug, afterClosing);
    expect(gate.ok).toBe(false);
    if (gate.ok) return;
    expect(gate.refusal).toMatchObject({ reason: "closed", opensOn: "2027-03-01", closesOn: "2027-03-31", timeZone });
    const english = inputRefusalMessage(gate.refusal, "en");
    expect(fixedTranslator("en")(english.key, english.values)).toBe(
      "This consultation closed on March 31, 2027. It no longer takes input. Thank you for your interest.",
    );
    const spanish = inputRefusalMessage(gate.refusal, "es");
    expect(fixedTranslator("es")(spanish.key, spanish.values)).toBe(
      "Esta consulta cerró el 31 de marzo de 2027. Ya no recibe aportes. Gracias por su interés.",
    );
    const arabic = inputRefusalMessage(gate.refusal, "ar");
    expect(fixedTranslator("ar")(arabic.key, arabic.values)).toContain("أُغلقت هذه المشاورة");

    await expect(assertConsultationAcceptsInput(slug, afterClosing)).rejects.toBeInstanceOf(InputRefusedError);
    await expect(assertConsultationAcceptsInput(slug, afterClosing)).rejects.toMatchObject({ refusal: { reason: "closed" } });
  });

  it("refuses input before the opening date, and on a consultation closed early by its admins", async () => {
    const before = await getConsultationForInput(slug, new Date(opensAt.getTime() - 1));
    expect(before).toMatchObject({ ok: false, refusal: { reason: "notYetOpen", opensOn: "2027-03-01", closesOn: "2027-03-31" } });
    if (!before.ok) {
      const message = inputRefusalMessage(before.refusal, "fr");
      expect(fixedTranslator("fr")(message.key, message.values)).toBe(
        "Cette consultation n’est pas encore ouverte. Vous pourrez contribuer du 1 mars 2027 au 31 mars 2027.",
      );
    }
    await getDb().consultation.update({ where: { slug }, data: { status: "closed" } });
    try {
      expect(await getConsultationForInput(slug, new Date("2027-03-15T00:00:00Z"))).toMatchObject({ ok: false, refusal: { reason: "closed" } });
    } finally {
      await getDb().consultation.update({ where: { slug }, data: { status: "open" } });
    }
  });

  it("treats a draft consultation like one that does not exist", async () => {
    for (const unknown of ["still-a-draft", "no-such-consultation"]) {
      expect(await getConsultationForInput(unknown, new Date("2027-03-15T00:00:00Z"))).toEqual({
        ok: false,
        refusal: { reason: "notFound", opensOn: null, closesOn: null, opensAt: null, closesAt: null, timeZone: null },
      });
    }
  });

  it("can check inside the caller's transaction, so nothing is written once the consultation has closed", async () => {
    const db = getDb();
    const afterClosing = new Date("2027-04-02T00:00:00Z");
    const before = await db.submission.count();
    await db
      .$transaction(async (tx) => {
        const consultation = await assertConsultationAcceptsInput(slug, afterClosing, tx);
        // Never reached: the participation flow writes only after the gate lets it through.
        await tx.submission.create({
          data: { consultationId: consultation.id, language: "en", idempotencyKey: "never" },
        });
      })
      .catch((error: unknown) => {
        expect(error).toBeInstanceOf(InputRefusedError);
      });
    expect(await db.submission.count()).toBe(before);
  });

  it("shows the refusal instead of the way in on the public page once closed", async () => {
    const server = await startTestServer();
    try {
      await getDb().consultation.update({ where: { slug }, data: { closesAt: new Date(Date.now() - 86_400_000), opensAt: new Date(Date.now() - 30 * 86_400_000) } });
      const page = await send(server, `/c/${slug}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain("This consultation closed on");
      expect(page.body).not.toContain(`href="/c/${slug}/consent"`);
      expect(page.body).not.toContain(`href="/c/${slug}/before-you-start"`);
      const archive = await send(server, "/archive");
      expect(archive.body).toContain(`href="/c/${slug}"`);
      expect((await send(server, "/")).body).not.toContain(`href="/c/${slug}"`);
    } finally {
      await server.close();
      await getDb().consultation.update({ where: { slug }, data: { opensAt, closesAt } });
    }
  });
});
