/**
 * What the participation routes need from a request: who may give input
 * (a participant's session, or no session at all), and which contribution
 * the request works on (the participant's, or the one this browser's draft
 * cookie points to).
 */
import { requirePermission } from "~/modules/auth/permissions.server";
import type { ContributionOwner } from "./contributions.server";
import { readDraftToken } from "./draft-cookie.server";

export async function participationOwner(request: Request, slug: string) {
  const actor = await requirePermission(request, "input:give", undefined);
  const participantId = actor.kind === "participant" ? actor.participantId : null;
  const draftToken = participantId ? null : readDraftToken(request, slug);
  const owner: ContributionOwner | null = participantId
    ? { kind: "participant", participantId }
    : draftToken
      ? { kind: "browser", draftToken }
      : null;
  return { actor, participantId, owner };
}
