/**
 * The request side of the permission policy (modules/auth/permissions.server.ts):
 * the one gate every loader and action goes through.
 */
import { data, redirect } from "@remix-run/node";
import { getActor } from "~/modules/auth/actor.server";
import { notFound } from "./responses.server";
import { can, refusalReason, type Action, type ActorFor, type Resources } from "~/modules/auth/permissions.server";

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
export async function requirePermission<A extends Action>(
  request: Request,
  action: A,
  resource: Resources[A],
): Promise<ActorFor<A>> {
  const actor = await getActor(request);
  // `can` said yes, and it says yes only to the kinds ActorFor names.
  if (can(actor, action, resource)) return actor as ActorFor<A>;
  if (action === "staff:second-factor" || action === "staff:enrol") {
    // The two steps of staff sign-in send each person on to where they are.
    if (actor.kind === "staff") throw redirect("/staff", { status: 303 });
    if (actor.kind !== "staff-pending") throw redirect("/staff/login", { status: 303 });
    throw redirect(actor.enrolled ? "/staff/login/code" : "/staff/enrol", { status: 303 });
  }
  if (actor.kind === "anonymous") throw redirect(signInPath(action), { status: 303 });
  if (actor.kind === "staff-pending") throw redirect("/staff/login/code", { status: 303 });
  const hidesExistence =
    action.startsWith("consultation:") || action === "organisation:manage" || action === "organisation:set-up" || action === "submission:own";
  if (hidesExistence) notFound();
  // A refusal, not a crash: the page says what this account may and may not do.
  throw data({ refusal: refusalReason(actor, action), signedInAs: actor.kind }, { status: 403 });
}

/** For routes only someone without a session should see (sign-in, join). */
export async function requireAnonymous(request: Request): Promise<void> {
  const actor = await getActor(request);
  if (actor.kind === "participant") throw redirect("/me", { status: 303 });
  if (actor.kind === "staff") throw redirect("/staff", { status: 303 });
}
