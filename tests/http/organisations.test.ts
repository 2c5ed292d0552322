/**
 * Issue 10, organisations, members and co-hosts: bugs 4, 6, 10 and 11, and
 * the member and co-host actions. Every write names its actor and leaves
 * exactly one audit event; the organisation is never left without an admin.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueStaffInvitation } from "~/modules/auth/issue-staff-invitation.server";
import { getDb } from "~/modules/db/db.server";
import { slugify } from "~/modules/orgs/create-organisation.server";
import { signedInStaff } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import en from "../../locales/en/common.json";
import enConsultations from "../../locales/en/consultations.json";
import enWorkspace from "../../locales/en/workspace.json";

let server: TestServer;
let platformAdmin: string;
let leadAdmin: string;
let leadAdminId: string;
let cohostAdmin: string;
let cohostFacilitator: string;
let leadId: string;
let cohostId: string;
const slug = "winnipeg-2027";

/** What the page shows, with the HTML escaping of apostrophes and quotes undone. */
function text(body: string) {
  return body.replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
}

async function auditCount() {
  return getDb().auditEvent.count();
}

async function staffId(username: string) {
  return (await getDb().staffUser.findUniqueOrThrow({ where: { username } })).id;
}

beforeAll(async () => {
  server = await startTestServer();
  const db = getDb();
  const lead = await db.organisation.create({ data: { slug: "lead-org", name: "Lead organisation" } });
  const cohost = await db.organisation.create({
    data: { slug: "cohost-org", name: "Co-host organisation", region: "Manitoba", description: "Legal aid for survivors." },
  });
  await db.organisation.create({ data: { slug: "third-org", name: "Third organisation", region: "Gauteng", description: "A listed profile." } });
  leadId = lead.id;
  cohostId = cohost.id;
  platformAdmin = await signedInStaff("org-platform-admin", []);
  await db.staffUser.update({ where: { username: "org-platform-admin" }, data: { isPlatformAdmin: true } });
  leadAdmin = await signedInStaff("org-lead-admin", [{ organisationId: lead.id, role: "admin" }]);
  leadAdminId = await staffId("org-lead-admin");
  cohostAdmin = await signedInStaff("org-cohost-admin", [{ organisationId: cohost.id, role: "admin" }]);
  cohostFacilitator = await signedInStaff("org-cohost-facilitator", [{ organisationId: cohost.id, role: "facilitator" }]);
  await db.consultation.create({
    data: {
      slug,
      languages: ["en"],
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      status: "open",
      regionCity: "Winnipeg",
      translations: { create: { language: "en", title: "Winnipeg consultation", description: "About the draft." } },
      hosts: {
        create: [
          { organisationId: lead.id, role: "lead", invitation: "accepted" },
          { organisationId: cohost.id, role: "cohost", invitation: "accepted" },
        ],
      },
    },
  });
});
afterAll(async () => server?.close());

describe("creating an organisation (bug 4)", () => {
  it("drops an apostrophe from the address instead of turning it into a hyphen", () => {
    expect(slugify("Women's Rights Network")).toBe("womens-rights-network");
    expect(slugify("Women’s Rights Network")).toBe("womens-rights-network");
  });

  it("leads to the new organisation, its address and the invitation of its first admin", async () => {
    const created = await send(server, "/admin", { cookie: platformAdmin, form: { name: "Women's Rights Network" } });
    expect(created.status).toBe(303);
    const organisation = await getDb().organisation.findUniqueOrThrow({ where: { slug: "womens-rights-network" } });
    expect(created.location).toBe(`/admin/orgs/${organisation.id}/setup`);
    const page = await send(server, created.location!, { cookie: `${platformAdmin}; ${created.setCookies.map((c) => c.split(";")[0]).join("; ")}` });
    expect(page.status).toBe(200);
    expect(text(page.body)).toContain("Organisation “Women's Rights Network” created.");
    expect(page.body).toContain("womens-rights-network");
    const invited = await send(server, created.location!, { cookie: platformAdmin, form: { intent: "invite-first-admin" } });
    expect(invited.status).toBe(200);
    expect(invited.body).toMatch(/\/staff\/invitation\/[a-z0-9]+/);
    // The platform admin sets organisations up; it does not run them.
    expect((await send(server, `/admin/orgs/${organisation.id}`, { cookie: platformAdmin })).status).toBe(404);
    expect((await send(server, `/admin/orgs/${leadId}/setup`, { cookie: platformAdmin })).status).toBe(404);
  });
});

describe("workspaces for the wrong role say what is true (bug 6)", () => {
  it("tells an admin on /facilitate and a facilitator on /draft what their role is", async () => {
    const facilitate = text((await send(server, "/facilitate", { cookie: leadAdmin })).body);
    expect(facilitate).not.toContain(en.facilitate.none);
    expect(facilitate).toContain("your role here is organisation admin in Lead organisation");
    const draft = text((await send(server, "/draft", { cookie: cohostFacilitator })).body);
    expect(draft).not.toContain(en.draft.none);
    expect(draft).toContain("your role here is facilitator in Co-host organisation");
  });

  it("lists consultations with status, dates, hosts and the number of contributions", async () => {
    const facilitate = text((await send(server, "/facilitate", { cookie: cohostFacilitator })).body);
    expect(facilitate).toContain(`href="/facilitate/${slug}"`);
    expect(facilitate).toContain("Lead organisation, Co-host organisation");
    expect(facilitate).toContain(en.hosted.columns.contributions);
    const admin = text((await send(server, "/admin", { cookie: cohostAdmin })).body);
    expect(admin).toContain(`href="/admin/cohosting/${slug}"`);
  });
});

describe("invitation links that no longer work (bug 10)", () => {
  it("say they were used, expired or withdrawn, and whom to ask", async () => {
    const used = await issueStaffInvitation({ organisationId: leadId, role: "facilitator", issuedById: leadAdminId });
    await getDb().staffInvitation.updateMany({ where: { expiresAt: used.expiresAt }, data: { usedAt: new Date() } });
    const usedPage = text((await send(server, used.path)).body);
    expect(usedPage).toContain("This invitation to join Lead organisation as facilitator has already been used.");
    expect(usedPage).toContain("ask an admin of Lead organisation for a new link");
    expect((await send(server, used.path)).status).toBe(410);

    const expired = await issueStaffInvitation({ organisationId: leadId, role: "drafter", issuedById: leadAdminId, now: new Date(Date.now() - 100 * 3600_000) });
    const expiredPage = await send(server, expired.path);
    expect(expiredPage.status).toBe(410);
    expect(text(expiredPage.body)).toContain("has expired");
    expect((await send(server, "/staff/invitation/nosuchtoken")).status).toBe(404);
  });
});

describe("members, invitations and the change log (item 2, bug 11)", () => {
  it("starts the role select on 'Choose a role' and refuses an invitation without a role", async () => {
    const page = await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin });
    expect(page.body).toMatch(/<select[^>]*name="role"[^>]*><option value=""[^>]*>Choose a role<\/option>/);
    const refused = await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin, form: { intent: "invite", role: "" } });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(en.admin.errors.roleRequired);
    expect((await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin, form: { intent: "make-everyone-admin" } })).status).toBe(400);
  });

  it("lists, revokes, changes and removes, each with one audit event naming role and member", async () => {
    const db = getDb();
    const before = await auditCount();
    const invited = await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin, form: { intent: "invite", role: "drafter" } });
    expect(invited.status).toBe(200);
    expect(await auditCount()).toBe(before + 1);
    const pending = await db.staffInvitation.findFirstOrThrow({ where: { organisationId: leadId, role: "drafter", usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } });
    const page = text((await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin })).body);
    expect(page).toContain("drafter, created by org-lead-admin");

    expect((await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin, form: { intent: "revoke-invitation", invitationId: pending.id } })).status).toBe(303);
    expect(await auditCount()).toBe(before + 2);
    const link = invited.body.match(/\/staff\/invitation\/[a-z0-9]+/)![0];
    expect(text((await send(server, link)).body)).toContain("was withdrawn by the organisation");

    await signedInStaff("org-lead-member", [{ organisationId: leadId, role: "facilitator" }]);
    const membership = await db.membership.findFirstOrThrow({ where: { organisationId: leadId, staffUser: { username: "org-lead-member" } } });
    expect((await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin, form: { intent: "change-role", membershipId: membership.id, role: "drafter" } })).status).toBe(303);
    expect(await auditCount()).toBe(before + 3);
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe("drafter");
    expect((await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin, form: { intent: "remove-member", membershipId: membership.id } })).status).toBe(303);
    expect(await auditCount()).toBe(before + 4);
    expect(await db.membership.findUnique({ where: { id: membership.id } })).toBeNull();

    const log = text((await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin })).body);
    expect(log).toContain(enWorkspace.audit.staffInvited);
    expect(log).toContain("role: drafter");
    expect(log).toContain(enWorkspace.audit.staffInvitationRevoked);
    expect(log).toContain("member: org-lead-member; role: facilitator → drafter");
    expect(log).toContain(enWorkspace.audit.memberRemoved);
  });

  it("refuses to remove or demote the last admin", async () => {
    const own = await getDb().membership.findFirstOrThrow({ where: { organisationId: leadId, role: "admin" } });
    const before = await auditCount();
    const demoted = await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin, form: { intent: "change-role", membershipId: own.id, role: "facilitator" } });
    expect(demoted.status).toBe(400);
    expect(text(demoted.body)).toContain(en.admin.errors.lastAdmin);
    const removed = await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin, form: { intent: "remove-member", membershipId: own.id } });
    expect(removed.status).toBe(400);
    expect(await auditCount()).toBe(before);
    expect(await getDb().membership.findUnique({ where: { id: own.id } })).not.toBeNull();
  });

  it("names the other organisation instead of 'Staff of another organisation' (bug 11)", async () => {
    const consultation = await getDb().consultation.findUniqueOrThrow({ where: { slug } });
    await getDb().auditEvent.create({
      data: { actorKind: "staff", actorId: await staffId("org-cohost-admin"), action: "consultation.cohost-accepted", subjectType: "consultationHost", consultationId: consultation.id, organisationId: cohostId },
    });
    const log = text((await send(server, `/admin/orgs/${leadId}`, { cookie: leadAdmin })).body);
    expect(log).toContain("Staff of Co-host organisation");
    expect(log).not.toContain(enConsultations.orgs.auditOtherOrganisation);
    expect(log).not.toContain("org-cohost-admin");
  });
});

describe("co-hosts (item 3)", () => {
  it("offers the organisations on the platform with their public profile, and confirms a removal on its own page", async () => {
    const hosts = text((await send(server, `/admin/consultations/${slug}/hosts`, { cookie: leadAdmin })).body);
    expect(hosts).toContain('value="third-org"');
    expect(hosts).toContain("A listed profile.");
    expect(hosts).not.toContain('value="cohost-org"');
    expect(hosts).toContain(`href="/admin/consultations/${slug}/hosts/${cohostId}/remove"`);
    const confirm = await send(server, `/admin/consultations/${slug}/hosts/${cohostId}/remove`, { cookie: leadAdmin });
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain('name="intent" value="remove"');
    expect((await send(server, `/admin/consultations/${slug}/hosts/${cohostId}/remove`, { cookie: cohostAdmin })).status).toBe(404);
  });

  it("shows a co-host's admin the consultation read-only and lets them leave, audited", async () => {
    const view = await send(server, `/admin/cohosting/${slug}`, { cookie: cohostAdmin });
    expect(view.status).toBe(200);
    expect(view.body).toContain("Winnipeg consultation");
    expect(view.body).toContain("About the draft.");
    expect(view.body).not.toContain('name="regionCity"');
    expect(view.body).not.toContain('name="title"');
    // Still the lead's alone to change, and not open to the co-host's facilitator.
    expect((await send(server, `/admin/consultations/${slug}`, { cookie: cohostAdmin })).status).toBe(404);
    expect((await send(server, `/admin/cohosting/${slug}`, { cookie: cohostFacilitator })).status).toBe(404);
    expect((await send(server, `/admin/cohosting/${slug}/leave`, { cookie: cohostAdmin })).status).toBe(200);

    const before = await auditCount();
    const left = await send(server, `/admin/cohosting/${slug}/leave`, { cookie: cohostAdmin, form: { intent: "leave", organisationId: cohostId } });
    expect(left.status).toBe(303);
    expect(await auditCount()).toBe(before + 1);
    expect((await send(server, `/facilitate/${slug}`, { cookie: cohostFacilitator })).status).toBe(404);
    expect((await send(server, `/admin/cohosting/${slug}`, { cookie: cohostAdmin })).status).toBe(404);
    const log = text((await send(server, `/admin/orgs/${cohostId}`, { cookie: cohostAdmin })).body);
    expect(log).toContain(enWorkspace.audit.cohostLeft);
  });
});
