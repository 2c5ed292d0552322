import { Prisma } from "~/generated/prisma/client";
import type { StaffRole } from "~/generated/prisma/enums";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { isCommonPassphrase } from "./common-passphrases.server";
import { invitationTokenHash } from "./issue-staff-invitation.server";
import { hashPassphrase } from "./passphrase.server";

export type InvitationLookup =
  | { state: "usable"; id: string; role: StaffRole; organisation: { id: string; name: string } }
  /** A link that once worked: it says what became of it and whose admins to ask for a new one. */
  | { state: "used" | "expired" | "revoked"; role: StaffRole; organisation: { id: string; name: string } }
  | { state: "unknown" };

/** What an invitation link is now: usable, used, expired, withdrawn, or no invitation at all. */
export async function lookUpInvitation(token: string, now = new Date()): Promise<InvitationLookup> {
  const invitation = await getDb().staffInvitation.findUnique({
    where: { tokenHash: invitationTokenHash(token) },
    select: { id: true, role: true, usedAt: true, revokedAt: true, expiresAt: true, organisation: { select: { id: true, name: true } } },
  });
  if (!invitation) return { state: "unknown" };
  const { role, organisation } = invitation;
  if (invitation.usedAt) return { state: "used", role, organisation };
  if (invitation.revokedAt) return { state: "revoked", role, organisation };
  if (invitation.expiresAt <= now) return { state: "expired", role, organisation };
  return { state: "usable", id: invitation.id, role, organisation };
}

/** What an invitation offers, while it can still be used; null otherwise. */
export async function findUsableInvitation(token: string, now = new Date()) {
  const invitation = await lookUpInvitation(token, now);
  return invitation.state === "usable" ? invitation : null;
}

export type AcceptInvitationResult =
  | { ok: true; staffUserId: string }
  | { ok: false; field: "username" | "passphrase" | "form"; error: string };

/**
 * Uses an invitation: a new staff account with the invited role, or, for
 * someone already signed in as staff, the role added to their account (one
 * person may work for several organisations). The invitation is spent in
 * the same transaction, so a link works exactly once.
 */
export async function acceptStaffInvitation(
  input: { token: string; now?: Date } & (
    | { newAccount: { username: string; passphrase: string } }
    | { existingStaffUserId: string }
  ),
): Promise<AcceptInvitationResult> {
  const now = input.now ?? new Date();
  const invitation = await findUsableInvitation(input.token, now);
  if (!invitation) return { ok: false, field: "form", error: "staff.errors.invitationInvalid" };
  let passphraseHash: string | undefined;
  if ("newAccount" in input) {
    if (isCommonPassphrase(input.newAccount.passphrase)) {
      return { ok: false, field: "passphrase", error: "auth.errors.passphraseCommon" };
    }
    passphraseHash = await hashPassphrase(input.newAccount.passphrase);
  }
  try {
    const staffUserId = await getDb().$transaction(async (tx) => {
      const spent = await tx.staffInvitation.updateMany({
        where: { id: invitation.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (spent.count === 0) return null;
      const userId =
        "existingStaffUserId" in input
          ? input.existingStaffUserId
          : (
              await tx.staffUser.create({
                data: { username: input.newAccount.username, passphraseHash: passphraseHash ?? "" },
                select: { id: true },
              })
            ).id;
      await tx.membership.upsert({
        where: {
          staffUserId_organisationId_role: {
            staffUserId: userId,
            organisationId: invitation.organisation.id,
            role: invitation.role,
          },
        },
        create: { staffUserId: userId, organisationId: invitation.organisation.id, role: invitation.role },
        update: {},
      });
      await recordAuditEvent(tx, {
        actorKind: "staff",
        actorId: userId,
        action: "staff.invitation-accepted",
        subjectType: "staffInvitation",
        subjectId: invitation.id,
        organisationId: invitation.organisation.id,
        details: { role: invitation.role },
      });
      return userId;
    });
    return staffUserId
      ? { ok: true, staffUserId }
      : { ok: false, field: "form", error: "staff.errors.invitationInvalid" };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, field: "username", error: "staff.errors.usernameTaken" };
    }
    throw error;
  }
}
