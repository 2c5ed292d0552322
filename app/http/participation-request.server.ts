/**
 * What the participation routes need from a request: who may give input
 * (a participant's session, or no session at all), and which contribution
 * the request works on (the participant's, or the one this browser's draft
 * cookie points to), and whether it was sent from here a moment ago.
 */
import { requirePermission } from "~/http/require-permission.server";
import type { ContributionOwner } from "~/modules/submissions/contributions.server";
import { readDraftCookie } from "./draft-cookie.server";

export async function participationOwner(request: Request, slug: string) {
  const actor = await requirePermission(request, "input:give", undefined);
  const participantId = actor.kind === "participant" ? actor.participantId : null;
  const draft = readDraftCookie(request, slug);
  const draftToken = participantId ? null : draft.token;
  const owner: ContributionOwner | null = participantId
    ? { kind: "participant", participantId }
    : draftToken
      ? { kind: "browser", draftToken }
      : null;
  // Sent from this browser a moment ago (draft-cookie.server.ts): the answering page says so, and nothing else.
  const justSent = owner !== null && draft.sent;
  return { actor, participantId, owner, justSent };
}
