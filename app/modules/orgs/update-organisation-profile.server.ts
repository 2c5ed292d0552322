import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export type OrganisationProfile = { name: string; description: string; region: string; supportContact: string; escalationNote: string };

/**
 * Name, short description, region, the public support contact that
 * participants see, and the escalation note its facilitators see on an item
 * flagged as a safety concern. The audit event names the fields that changed, not
 * their contents.
 */
export async function updateOrganisationProfile(input: { organisationId: string; profile: OrganisationProfile; actorId: string }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({
      where: { id: input.organisationId },
      select: { name: true, description: true, region: true, supportContact: true, escalationNote: true },
    });
    const changed = (Object.keys(input.profile) as Array<keyof OrganisationProfile>).filter((key) => before[key] !== input.profile[key]);
    if (changed.length === 0) return;
    await tx.organisation.update({ where: { id: input.organisationId }, data: input.profile });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "organisation.profile-changed",
      subjectType: "organisation",
      subjectId: input.organisationId,
      organisationId: input.organisationId,
      details: { changed },
    });
  });
}
