import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormProblem } from "~/components/form-problem";
import { requirePermission } from "~/http/require-permission.server";
import { cohostResponseForm } from "~/modules/consultations/consultation-forms";
import { findCohostInvitation } from "~/modules/consultations/hosting/find-cohost-invitation.server";
import { listCohostInvitations } from "~/modules/consultations/hosting/list-cohost-invitations.server";
import { respondToCohostInvitation } from "~/modules/consultations/hosting/respond-to-cohost-invitation.server";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { redirectWithNotice } from "~/http/notice.server";
import { invariantResponse } from "~/http/responses.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("consultations:admin.invitations.title");

/** Translation keys written out in full. */
const answeredKeys = {
  accept: "consultations:admin.notices.invitationAccepted",
  decline: "consultations:admin.notices.invitationDeclined",
} as const;

/** Invitations addressed to the organisations this person administers, and only those. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin:area", undefined);
  const administered = actor.memberships.filter((membership) => membership.role === "admin").map((membership) => membership.organisationId);
  return {
    invitations: await listCohostInvitations(administered, await detectLanguage(request)),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "admin:area", undefined);
  const form = await parseForm(request, cohostResponseForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const invitation = await findCohostInvitation(form.data.hostId);
  invariantResponse(invitation, 404);
  // Only an admin of the invited organisation answers for it.
  const actor = await requirePermission(request, "organisation:manage", { organisationId: invitation.organisationId });
  const answered = await respondToCohostInvitation({
    hostId: form.data.hostId,
    organisationId: invitation.organisationId,
    decision: form.data.decision,
    actorId: actor.staffUserId,
  });
  if (!answered.ok) return refusedForm(answered, form.values);
  return redirectWithNotice("/admin/cohost-invitations", answeredKeys[form.data.decision]);
}

export default function CohostInvitationsPage() {
  const { invitations } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation("consultations");
  return (
    <section className="prose">
      <h1>{t("admin.invitations.title")}</h1>
      <FormProblem messageKey={failure?.formError} />
      <p>{t("admin.invitations.intro")}</p>
      {invitations.length === 0 ? (
        <p>{t("admin.invitations.none")}</p>
      ) : (
        <ul className="card-list">
          {invitations.map((invitation) => (
            <li key={invitation.hostId} className="card">
              <h2 lang={invitation.titleLanguage}>{invitation.consultationTitle}</h2>
              <p>
                {t("admin.invitations.details", {
                  lead: invitation.leadOrganisationName,
                  organisation: invitation.organisationName,
                  region: invitation.region,
                  opens: invitation.opensOn,
                  closes: invitation.closesOn,
                })}
              </p>
              <p>{t("admin.invitations.consequence", { organisation: invitation.organisationName })}</p>
              <Form method="post">
                <input type="hidden" name="hostId" value={invitation.hostId} />
                <button
                  type="submit"
                  name="decision"
                  value="accept"
                  aria-label={t("admin.namedAction", { action: t("admin.invitations.accept"), name: invitation.consultationTitle })}
                >
                  {t("admin.invitations.accept")}
                </button>{" "}
                <button
                  type="submit"
                  name="decision"
                  value="decline"
                  aria-label={t("admin.namedAction", { action: t("admin.invitations.decline"), name: invitation.consultationTitle })}
                >
                  {t("admin.invitations.decline")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
