/**
 * The one permission policy. Every loader and action asks it through
 * `requirePermission` (app/http), which throws the right response — no route
 * decides access on its own.
 *
 * Consultation access follows hosting: staff of an organisation that hosts
 * a consultation (lead, or co-host whose invitation was accepted) reach it
 * according to their role there, and only it. A platform admin creates
 * organisations and is not, by that, a reader of anyone's input.
 */
import type { StaffRole } from "~/generated/prisma/enums";
import type { Actor } from "./actor.server";

/** Which organisations host a consultation, as the policy needs to know it. */
export type HostingFacts = { leadOrganisationId: string; acceptedHostIds: readonly string[] };

export type Resources = {
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
  /**
   * The drafters' pages across consultations (a theme, a principle): staff
   * who are a drafter somewhere. Which consultations they then see is still
   * hosting's answer (listReadableRegions), one "consultation:" rule each.
   */
  "consultation:read-summaries-across": undefined;
  "consultation:manage": HostingFacts;
  /**
   * Seeing a consultation's settings, texts and hosts read-only, and leaving
   * it: admins of any organisation that hosts it (lead or accepted co-host).
   * Changing it stays "consultation:manage", the lead's.
   */
  "consultation:view-as-host": HostingFacts;
  /**
   * An organisation's set-up page (its address and the invitation of its
   * first admin): its own admins, and platform admins while it has no admin
   * yet — a platform admin creates organisations, it does not run them.
   */
  "organisation:set-up": { organisationId: string; hasAdmin: boolean };
  /** Giving the authenticator code after the passphrase: staff half signed in, with an authenticator. */
  "staff:second-factor": undefined;
  /** Setting up an authenticator: staff half signed in, without one yet. */
  "staff:enrol": undefined;
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
  if (action === "staff:second-factor") return actor.kind === "staff-pending" && actor.enrolled;
  if (action === "staff:enrol") return actor.kind === "staff-pending" && !actor.enrolled;
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
    case "consultation:read-summaries-across":
      return actor.memberships.some((membership) => membership.role === "drafter");
    case "consultation:manage":
      return hasRole(actor, [(resource as HostingFacts).leadOrganisationId], "admin");
    case "consultation:view-as-host":
      return hasRole(actor, (resource as HostingFacts).acceptedHostIds, "admin");
    case "organisation:set-up": {
      const organisation = resource as Resources["organisation:set-up"];
      return hasRole(actor, [organisation.organisationId], "admin") || (actor.isPlatformAdmin && !organisation.hasAdmin);
    }
    default:
      return false;
  }
}


type StaffActor = Extract<Actor, { kind: "staff" }>;

/** The actor `can` has let through for an action, narrowed so routes need no second check. */
export type ActorFor<A extends Action> = A extends "account:own" | "submission:own"
  ? Extract<Actor, { kind: "participant" }>
  : A extends "input:give"
    ? Extract<Actor, { kind: "anonymous" | "participant" }>
    : A extends "staff:second-factor" | "staff:enrol"
      ? Extract<Actor, { kind: "staff-pending" }>
      : StaffActor;

/**
 * Why a signed-in actor is refused an area (403), so the refusal page can say
 * what is and is not open to them. Translation keys written out in full.
 */
export function refusalReason(actor: Actor, action: Action) {
  if (action === "input:give") return "errors.forbidden.staffGiveNoInput" as const;
  if (action === "account:own") return "errors.forbidden.participantsOnly" as const;
  if (actor.kind === "participant") return "errors.forbidden.staffOnly" as const;
  if (action === "organisation:create") return "errors.forbidden.platformAdminsOnly" as const;
  return "errors.forbidden.adminsOnly" as const;
}
