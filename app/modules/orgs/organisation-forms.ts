/** Schemas of the organisation forms; messages are translation keys ("consultations:" or common). */
import { z } from "zod";
import { text } from "~/modules/consultations/consultation-forms";
import { staffRoles } from "./role-labels";

export const organisationProfileForm = z.object({
  name: text(120, "consultations:errors.organisationNameRequired"),
  description: text(2000),
  region: text(200),
  supportContact: text(300),
  // What a facilitator of this organisation does about a safety concern: only its own facilitators see it.
  escalationNote: text(2000),
});

export const newOrganisationForm = z.object({
  name: z.string().trim().min(2, { message: "admin.errors.nameRequired" }).max(120, { message: "admin.errors.nameTooLong" }),
});

// An empty choice ("Choose a role") is refused with its own message, so no role is ever picked by default.
const role = z.enum(staffRoles, { message: "admin.errors.roleRequired" });
const id = z.string().trim().min(1).max(100);

/** Every form of an organisation's page, told apart by `intent`. */
export const organisationPageForm = z.discriminatedUnion("intent", [
  organisationProfileForm.extend({ intent: z.literal("profile") }),
  z.object({ intent: z.literal("invite"), role }),
  z.object({ intent: z.literal("revoke-invitation"), invitationId: id }),
  z.object({ intent: z.literal("remove-member"), membershipId: id }),
  z.object({ intent: z.literal("change-role"), membershipId: id, role }),
]);

/** The set-up page of a new organisation: one form, the invitation of its first admin. */
export const firstAdminInvitationForm = z.object({ intent: z.literal("invite-first-admin") });
