/** Schemas of the hosting forms (hosts page, leaving a co-hosted consultation). */
import { z } from "zod";

const organisationSlug = z
  .string({ message: "consultations:errors.organisationSlugRequired" })
  .trim()
  .toLowerCase()
  .min(1, { message: "consultations:errors.organisationSlugRequired" })
  .max(80, { message: "consultations:errors.organisationNotFound" });

/** The hosts page: invite an organisation (chosen from the list or typed by address), or remove a co-host. */
export const hostsPageForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("invite"), organisationSlug }),
  z.object({ intent: z.literal("remove"), organisationId: z.string().trim().min(1).max(100) }),
]);

/** A co-host's admin leaving: which of their organisations leaves (one person may administer several). */
export const leaveConsultationForm = z.object({ intent: z.literal("leave"), organisationId: z.string().trim().min(1).max(100) });
