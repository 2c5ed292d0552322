/**
 * Issue 10, acceptance 2 in Chromium: the demo lead organisation's admin
 * invites a facilitator (who joins), revokes a second invitation, changes
 * the new member's role and removes them; the demo co-host organisation's
 * admin sees a co-hosted consultation read-only and leaves it; each step is
 * in the organisations' change logs with names and roles.
 *
 * Staff are the demo seed's (app/modules/demo), signed in by inserting a
 * verified session row as consultation-setup.spec.ts does (signing in with
 * the authenticator is tested in accounts and staff-sign-in tests). The
 * co-hosted consultation is this test's own, so leaving it changes nothing
 * another spec relies on. JavaScript is off: every form is a plain post.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { demoOrganisations, demoUsername } from "../app/modules/demo/demo-content";
import { withDatabase } from "./db";
import { signInDemoStaff } from "./staff-session";
import { expect, test, visit, type Guard } from "./fixtures";
import { text } from "./locales";
import { appOrigin } from "./settings";

const [lead, cohost] = demoOrganisations as [(typeof demoOrganisations)[number], (typeof demoOrganisations)[number]];

/** A consultation the demo lead leads and the demo co-host co-hosts (accepted), made for this test. */
async function cohostedConsultation(slug: string, title: string) {
  await withDatabase(async (client) => {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "Consultation" ("id", "slug", "languages", "opensAt", "closesAt", "status", "regionCity") VALUES ($1, $2, ARRAY['en'], now() - interval '1 day', now() + interval '30 days', 'open', 'Cali')`,
      [id, slug],
    );
    await client.query(`INSERT INTO "ConsultationTranslation" ("id", "consultationId", "language", "title", "description") VALUES ($1, $2, 'en', $3, 'Read-only for co-hosts.')`, [
      randomUUID(),
      id,
      title,
    ]);
    for (const [organisation, role] of [
      [lead, "lead"],
      [cohost, "cohost"],
    ] as const) {
      await client.query(
        `INSERT INTO "ConsultationHost" ("id", "consultationId", "organisationId", "role", "invitation") SELECT $1, $2, "id", $3::"HostRole", 'accepted' FROM "Organisation" WHERE "slug" = $4`,
        [randomUUID(), id, role, organisation.slug],
      );
    }
  });
}

async function leaveBy(guard: Guard, control: Locator) {
  await guard.settled();
  await control.click();
}

/** The change log row that says `what`, with `details` (and, when given, who). */
function logRow(page: Page, what: string, details: string) {
  return page.getByRole("table", { name: text("en", "consultations:orgs.auditCaption") }).getByRole("row").filter({ hasText: what }).filter({ hasText: details });
}

test.use({ javaScriptEnabled: false });

test("an organisation's admin manages members, and a co-host's admin sees a consultation read-only and leaves it", async ({ page, context, guard, openPage }) => {
  test.setTimeout(120_000);
  const suffix = randomBytes(3).toString("hex");
  const newcomer = `e2e-facilitator-${suffix}`;
  const slug = `e2e-cali-${suffix}`;
  const title = `Cali consultation ${suffix}`;
  await cohostedConsultation(slug, title);
  await signInDemoStaff(context, demoUsername("admin", lead));

  // Invite a facilitator: the role select starts on "Choose a role".
  await visit(page, guard, "/admin");
  await expect(page.getByRole("table", { name: text("en", "hosted.adminCaption") }).getByRole("row").filter({ hasText: title })).toContainText(
    `${lead.name}, ${cohost.name}`,
  );
  await leaveBy(guard, page.getByRole("main").getByRole("link", { name: lead.name }));
  const roleSelect = page.getByRole("combobox", { name: text("en", "admin.fields.role"), exact: true });
  await expect(roleSelect.locator("option:checked")).toHaveText(text("en", "members.chooseRole"));
  await roleSelect.selectOption({ label: text("en", "staff.roles.facilitator") });
  await leaveBy(guard, page.getByRole("button", { name: text("en", "admin.inviteSubmit") }));
  const link = (await page.locator("code.invitation-link").textContent())!.trim();

  // The invited person joins, in a browser of their own.
  const joiner = await openPage();
  await visit(joiner, guard, new URL(link).pathname);
  await joiner.getByRole("textbox", { name: text("en", "staff.fields.username") }).fill(newcomer);
  await joiner.getByLabel(text("en", "auth.fields.passphrase"), { exact: true }).fill(`lantern orchard ${suffix} quietly river`);
  await joiner.getByLabel(text("en", "auth.fields.repeatPassphrase")).fill(`lantern orchard ${suffix} quietly river`);
  await leaveBy(guard, joiner.getByRole("button", { name: text("en", "staff.invitation.accept") }));
  await expect(joiner).toHaveURL("/staff/enrol");
  await guard.settled();
  // The link is spent: it says so, and whom to ask.
  await visit(joiner, guard, new URL(link).pathname);
  await expect(joiner.getByText(text("en", "staff.invitation.askAdmin", { organisation: lead.name }))).toBeVisible();

  // A second invitation, withdrawn before anyone uses it.
  await visit(page, guard, page.url().replace(appOrigin, ""));
  await page.getByRole("combobox", { name: text("en", "admin.fields.role"), exact: true }).selectOption({ label: text("en", "staff.roles.drafter") });
  await leaveBy(guard, page.getByRole("button", { name: text("en", "admin.inviteSubmit") }));
  const drafterLabel = text("en", "members.namedAction", { action: text("en", "members.revoke"), name: text("en", "staff.roles.drafter") });
  await leaveBy(guard, page.getByRole("button", { name: drafterLabel }).last());
  await expect(page.getByRole("status")).toHaveText(text("en", "members.notices.invitationRevoked"));

  // Change the newcomer's role, then remove them.
  const asFacilitator = `${newcomer} (${text("en", "staff.roles.facilitator")})`;
  await page.getByRole("combobox", { name: text("en", "members.newRole", { username: newcomer }) }).selectOption({ label: text("en", "staff.roles.drafter") });
  await leaveBy(guard, page.getByRole("button", { name: text("en", "members.namedAction", { action: text("en", "members.changeRole"), name: asFacilitator }) }));
  await expect(page.getByRole("status")).toHaveText(text("en", "members.notices.roleChanged", { username: newcomer }));
  const asDrafter = `${newcomer} (${text("en", "staff.roles.drafter")})`;
  await leaveBy(guard, page.getByRole("button", { name: text("en", "members.namedAction", { action: text("en", "members.remove"), name: asDrafter }) }));
  await expect(page.getByRole("status")).toHaveText(text("en", "members.notices.memberRemoved", { username: newcomer }));
  await expect(page.getByRole("heading", { name: asDrafter })).toHaveCount(0);

  // Each step in the change log, with names and roles.
  const role = (name: "facilitator" | "drafter") => text("en", "members.audit.role", { role: text("en", `staff.roles.${name}`) });
  const admin = demoUsername("admin", lead);
  await expect(logRow(page, text("en", "workspace:audit.staffInvited"), role("facilitator")).first()).toContainText(admin);
  await expect(logRow(page, text("en", "workspace:audit.staffInvitationAccepted"), role("facilitator")).first()).toContainText(newcomer);
  await expect(logRow(page, text("en", "workspace:audit.staffInvitationRevoked"), role("drafter")).first()).toContainText(admin);
  const change = text("en", "members.audit.roleChange", { from: text("en", "staff.roles.facilitator"), to: text("en", "staff.roles.drafter") });
  await expect(logRow(page, text("en", "workspace:audit.roleChanged"), `${text("en", "members.audit.member", { username: newcomer })}; ${change}`)).toContainText(admin);
  await expect(logRow(page, text("en", "workspace:audit.memberRemoved"), text("en", "members.audit.member", { username: newcomer }))).toContainText(role("drafter"));

  // The co-host's admin: the consultation read-only, then leaving it (confirmed on its own page).
  const cohostAdmin = await openPage({ javaScriptEnabled: false });
  await signInDemoStaff(cohostAdmin.context(), demoUsername("admin", cohost));
  await visit(cohostAdmin, guard, `/admin/cohosting/${slug}`);
  await expect(cohostAdmin.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(cohostAdmin.getByText("Read-only for co-hosts.")).toBeVisible();
  await expect(cohostAdmin.getByRole("main").getByRole("textbox")).toHaveCount(0);
  await leaveBy(guard, cohostAdmin.getByRole("link", { name: text("en", "cohosting.leaveLink") }));
  await expect(cohostAdmin.getByRole("heading", { level: 1, name: text("en", "cohosting.leaveTitle") })).toBeVisible();
  await leaveBy(guard, cohostAdmin.getByRole("button", { name: text("en", "cohosting.leaveSubmit", { organisation: cohost.name }) }));
  await expect(cohostAdmin.getByRole("status")).toHaveText(text("en", "cohosting.notices.left", { organisation: cohost.name }));
  await expect(logRow(cohostAdmin, text("en", "workspace:audit.cohostLeft"), slug)).toContainText(demoUsername("admin", cohost));

  // The lead's log names the co-host organisation, not its admin.
  await visit(page, guard, page.url().replace(appOrigin, ""));
  const left = logRow(page, text("en", "workspace:audit.cohostLeft"), slug);
  await expect(left).toContainText(text("en", "consultations:orgs.auditOtherOrganisationNamed", { organisation: cohost.name }));
  await expect(left).not.toContainText(demoUsername("admin", cohost));
});
