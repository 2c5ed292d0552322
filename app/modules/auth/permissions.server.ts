/**
 * The one permission policy. Every loader and action calls `can` (or
 * `requirePermission`, which throws the right response) — no route decides
 * access on its own.
 *
 * Consultation access follows hosting: staff of an organisation that hosts
 * a consultation (lead, or co-host whose invitation was accepted) reach it
 * according to their role there, and only it. A platform admin creates
 * organisations and is not, by that, a reader of anyone's input.
 */
import { redirect } from "@remix-run/node";
import type { StaffRole } from "~/generated/prisma/enums";
import { getActor, type Actor } from "./actor.server";

/** Which organisations host a consultation, as the policy needs to know it. */
export type HostingFacts = { leadOrganisationId: string; acceptedHostIds: readonly string[] };

type Resources = {
  /** A participant's own account and contributions. */
  "account:own": undefined;
  /**
   * Giving input (consent step, answering, receipts): anyone without a session
   * or with a participant's. Staff sessions never give input, so nothing a
   * person contributes can be tied to a staff account.
   */
  "input:give": undefined;
  /** One contribution: only the participant it belongs to (account-less ones are reached by receipt code). */
  "submission:own": { participantId: string | null };
  /** Staff pages that only list what the person's own memberships allow. */
  "staff:workspace": undefined;
  /** The /admin area: organisation admins and platform admins. */
  "admin:area": undefined;
  "organisation:create": undefined;
  "organisation:manage": { organisationId: string };
  "consultation:facilitate": HostingFacts;
  "consultation:read-summaries": HostingFacts;
  "consultation:manage": HostingFacts;
};

export type Action = keyof Resources;

function hasRole(actor: Extract<Actor, { kind: "staff" }>, organisationIds: readonly string[], role: StaffRole) {
  return actor.memberships.some(
    (membership) => membership.role === role && organisationIds.includes(membership.organisationId),
  );
}

export function can<A extends Action>(actor: Actor, action: A, resource: Resources[A]): boolean {
  if (action === "account:own") return actor.kind === "participant";
  if (action === "input:give") return actor.kind === "anonymous" || actor.kind === "participant";
  if (action === "submission:own") {
    const { participantId } = resource as Resources["submission:own"];
    return actor.kind === "participant" && participantId !== null && participantId === actor.participantId;
  }
  if (actor.kind !== "staff") return false;
  switch (action) {
    case "staff:workspace":
      return true;
    case "admin:area":
      return actor.isPlatformAdmin || actor.memberships.some((membership) => membership.role === "admin");
    case "organisation:create":
      return actor.isPlatformAdmin;
    case "organisation:manage":
      return hasRole(actor, [(resource as Resources["organisation:manage"]).organisationId], "admin");
    case "consultation:facilitate":
      return hasRole(actor, (resource as HostingFacts).acceptedHostIds, "facilitator");
    case "consultation:read-summaries":
      return hasRole(actor, (resource as HostingFacts).acceptedHostIds, "drafter");
    case "consultation:manage":
      return hasRole(actor, [(resource as HostingFacts).leadOrganisationId], "admin");
    default:
      return false;
  }
}

/** Where someone without a session is sent to sign in for an action. */
function signInPath(action: Action): string {
  return action === "account:own" || action === "submission:own" ? "/login" : "/staff/login";
}

/**
 * The actor, when allowed. Otherwise throws: a redirect to sign in when
 * there is no session (or staff have not given their code yet); 404 when a
 * signed-in actor asks for a resource they may not know exists; 403 for an
 * area their role does not open.
 */
export async function requirePermission<A extends Action>(request: Request, action: A, resource: Resources[A]) {
  const actor = await getActor(request);
  if (can(actor, action, resource)) return actor;
  if (actor.kind === "anonymous") throw redirect(signInPath(action), { status: 303 });
  if (actor.kind === "staff-pending") throw redirect("/staff/login/code", { status: 303 });
  const hidesExistence =
    action.startsWith("consultation:") || action === "organisation:manage" || action === "submission:own";
  throw new Response(null, { status: hidesExistence ? 404 : 403 });
}

/** For routes only someone without a session should see (sign-in, join). */
export async function requireAnonymous(request: Request): Promise<void> {
  const actor = await getActor(request);
  if (actor.kind === "participant") throw redirect("/me", { status: 303 });
  if (actor.kind === "staff") throw redirect("/staff", { status: 303 });
}
