import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export type InviteCohostResult = { ok: true; organisationName: string } | { ok: false; field: "organisationSlug"; error: string };

/**
 * The lead organisation invites another one to co-host, chosen from the
 * organisations on the platform (shown only to the admins managing the
 * consultation, see list-cohost-candidates) or typed by its address (slug).
 * Nothing is opened to the invited organisation's staff until its admin accepts.
 */
export async function inviteCohost(input: { consultationId: string; organisationSlug: string; actorId: string }): Promise<InviteCohostResult> {
  const db = getDb();
  const organisation = await db.organisation.findUnique({ where: { slug: input.organisationSlug }, select: { id: true, name: true } });
  if (!organisation) return { ok: false, field: "organisationSlug", error: "consultations:errors.organisationNotFound" };
  const existing = await db.consultationHost.findUnique({
    where: { consultationId_organisationId: { consultationId: input.consultationId, organisationId: organisation.id } },
    select: { id: true, invitation: true },
  });
  if (existing && existing.invitation !== "declined") {
    return { ok: false, field: "organisationSlug", error: "consultations:errors.alreadyHost" };
  }
  await db.$transaction(async (tx) => {
    // A declined invitation may be sent again: the same row goes back to pending.
    const host = existing
      ? await tx.consultationHost.update({ where: { id: existing.id }, data: { invitation: "pending", respondedAt: null } })
      : await tx.consultationHost.create({
          data: { consultationId: input.consultationId, organisationId: organisation.id, role: "cohost", invitation: "pending" },
        });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "consultation.cohost-invited",
      subjectType: "consultationHost",
      subjectId: host.id,
      consultationId: input.consultationId,
      organisationId: organisation.id,
    });
  });
  return { ok: true, organisationName: organisation.name };
}
