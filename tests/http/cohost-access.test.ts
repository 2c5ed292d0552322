/**
 * Acceptance 2: co-hosting opens a consultation to the co-host's
 * facilitators and drafters (that consultation only), and removing the
 * co-host takes that away at once — the same sessions are refused on their
 * very next request, on the facilitator and drafter routes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsultation } from "~/modules/consultations/create-consultation.server";
import { inviteCohost } from "~/modules/consultations/hosting/invite-cohost.server";
import { respondToCohostInvitation } from "~/modules/consultations/hosting/respond-to-cohost-invitation.server";
import { getDb } from "~/modules/db/db.server";
import { signedInStaff } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";

let server: TestServer;
let leadAdmin: string;
let cohostFacilitator: string;
let cohostDrafter: string;
let cohostAdmin: string;
let cohostId: string;
const slug = "johannesburg-2027";
const otherSlug = "hague-2027";

beforeAll(async () => {
  server = await startTestServer();
  const db = getDb();
  const lead = await db.organisation.create({ data: { slug: "lead-org", name: "Lead organisation" } });
  const cohost = await db.organisation.create({ data: { slug: "cohost-org", name: "Co-host organisation" } });
  cohostId = cohost.id;
  leadAdmin = await signedInStaff("jhb-lead-admin", [{ organisationId: lead.id, role: "admin" }]);
  cohostFacilitator = await signedInStaff("jhb-cohost-facilitator", [{ organisationId: cohost.id, role: "facilitator" }]);
  cohostDrafter = await signedInStaff("jhb-cohost-drafter", [{ organisationId: cohost.id, role: "drafter" }]);
  cohostAdmin = await signedInStaff("jhb-cohost-admin", [{ organisationId: cohost.id, role: "admin" }]);
  const leadAdminId = (await db.staffUser.findUniqueOrThrow({ where: { username: "jhb-lead-admin" } })).id;
  const cohostAdminId = (await db.staffUser.findUniqueOrThrow({ where: { username: "jhb-cohost-admin" } })).id;
  for (const consultationSlug of [slug, otherSlug]) {
    await createConsultation({
      leadOrganisationId: lead.id,
      slug: consultationSlug,
      title: `Consultation ${consultationSlug}`,
      description: "",
      regionCity: "Johannesburg",
      regionCountry: "South Africa",
      timeZone: "Africa/Johannesburg",
      languages: ["en"],
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      actorId: leadAdminId,
    });
  }
  const consultation = await db.consultation.update({ where: { slug }, data: { status: "open" }, select: { id: true } });
  const invited = await inviteCohost({ consultationId: consultation.id, organisationSlug: "cohost-org", actorId: leadAdminId });
  expect(invited.ok).toBe(true);
  const host = await db.consultationHost.findFirstOrThrow({ where: { consultationId: consultation.id, organisationId: cohost.id } });
  expect((await respondToCohostInvitation({ hostId: host.id, organisationId: cohost.id, decision: "accept", actorId: cohostAdminId })).ok).toBe(true);
});
afterAll(async () => server?.close());

describe("co-host access", () => {
  it("reaches the co-hosted consultation only, and ends the moment the co-host is removed", async () => {
    // While co-hosting: the co-host's facilitator and drafter reach this consultation…
    expect((await send(server, `/facilitate/${slug}`, { cookie: cohostFacilitator })).status).toBe(200);
    expect((await send(server, `/draft/${slug}`, { cookie: cohostDrafter })).status).toBe(200);
    expect((await send(server, "/facilitate", { cookie: cohostFacilitator })).body).toContain(`href="/facilitate/${slug}"`);
    // …and not the lead's other consultation, nor each other's role, nor its settings.
    expect((await send(server, `/facilitate/${otherSlug}`, { cookie: cohostFacilitator })).status).toBe(404);
    expect((await send(server, `/draft/${otherSlug}`, { cookie: cohostDrafter })).status).toBe(404);
    expect((await send(server, `/draft/${slug}`, { cookie: cohostFacilitator })).status).toBe(404);
    expect((await send(server, `/admin/consultations/${slug}`, { cookie: cohostAdmin })).status).toBe(404);
    // The public page names both hosts.
    expect((await send(server, `/c/${slug}`)).body).toContain("Lead organisation, Co-host organisation");

    const removed = await send(server, `/admin/consultations/${slug}/hosts`, {
      cookie: leadAdmin,
      form: { intent: "remove", organisationId: cohostId },
    });
    expect(removed.status).toBe(303);

    // The very same sessions, on their next request: refused as if the consultation did not exist.
    expect((await send(server, `/facilitate/${slug}`, { cookie: cohostFacilitator })).status).toBe(404);
    expect((await send(server, `/draft/${slug}`, { cookie: cohostDrafter })).status).toBe(404);
    expect((await send(server, "/facilitate", { cookie: cohostFacilitator })).body).not.toContain(`href="/facilitate/${slug}"`);
    expect((await send(server, `/c/${slug}`)).body).not.toContain("Co-host organisation");
    // Their sessions still work elsewhere: only this access ended.
    expect((await send(server, "/staff", { cookie: cohostFacilitator })).status).toBe(200);

    const events = await getDb().auditEvent.findMany({ where: { action: "consultation.cohost-removed" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.organisationId).toBe(cohostId);
  });

  it("lets only the lead organisation's admins remove a co-host", async () => {
    const db = getDb();
    const consultation = await db.consultation.findUniqueOrThrow({ where: { slug: otherSlug }, select: { id: true } });
    const leadAdminId = (await db.staffUser.findUniqueOrThrow({ where: { username: "jhb-lead-admin" } })).id;
    await inviteCohost({ consultationId: consultation.id, organisationSlug: "cohost-org", actorId: leadAdminId });
    for (const cookie of [cohostAdmin, cohostFacilitator]) {
      const refused = await send(server, `/admin/consultations/${otherSlug}/hosts`, { cookie, form: { intent: "remove", organisationId: cohostId } });
      expect(refused.status).toBe(404);
    }
    expect(await db.consultationHost.count({ where: { consultationId: consultation.id, organisationId: cohostId } })).toBe(1);
  });
});
