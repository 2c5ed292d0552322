import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { getConsultationAdminView } from "~/modules/consultations/get-consultation-admin-view.server";
import { hostsPageForm } from "~/modules/consultations/hosting/hosting-forms";
import { inviteCohost } from "~/modules/consultations/hosting/invite-cohost.server";
import { listCohostCandidates } from "~/modules/consultations/hosting/list-cohost-candidates.server";
import { removeCohost } from "~/modules/consultations/hosting/remove-cohost.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { invariantResponse } from "~/http/responses.server";
import { redirectWithNotice } from "~/http/notice.server";
import { hostStateKey } from "~/modules/consultations/hosting/hosting-display";

export const meta = titleMeta("consultations:admin.hosts.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  return {
    consultation: await getConsultationAdminView(manager.consultationId, await detectLanguage(request)),
    candidates: await listCohostCandidates(manager.consultationId),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const form = await parseForm(request, hostsPageForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const back = `/admin/consultations/${manager.slug}/hosts`;
  if (form.data.intent === "remove") {
    // Reached from the confirmation page (hosts/:orgId/remove).
    const removed = await removeCohost({ consultationId: manager.consultationId, organisationId: form.data.organisationId, actorId: manager.staffUserId });
    // Nothing to remove (already gone, or the lead): no "removed" notice for a change that did not happen.
    invariantResponse(removed, 404);
    return redirectWithNotice(back, "consultations:admin.notices.cohostRemoved");
  }
  const invited = await inviteCohost({ consultationId: manager.consultationId, organisationSlug: form.data.organisationSlug, actorId: manager.staffUserId });
  if (!invited.ok) return refusedForm(invited, form.values);
  return redirectWithNotice(back, "consultations:admin.notices.cohostInvited");
}

export default function ConsultationHostsPage() {
  const { consultation, candidates } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation("consultations");
  const { t: tCommon } = useTranslation();
  return (
    <section className="prose">
      <h1>{t("admin.hosts.title")}</h1>
      <ConsultationAdminNav slug={consultation.slug} />
      <ErrorSummary failure={failure} fields={[{ name: "organisationSlug", label: t("admin.fields.organisationSlug"), id: fieldId("organisationSlug") }]} />
      <p>{t("admin.hosts.intro")}</p>
      <ul>
        {consultation.hosts.map((host) => (
          <li key={host.organisationId}>
            <strong>{host.name}</strong>: {t(hostStateKey(host))}
            {host.role === "cohost" ? (
              <>
                {" "}
                <Link
                  to={`/admin/consultations/${consultation.slug}/hosts/${host.organisationId}/remove`}
                  aria-label={t("admin.namedAction", {
                    action: host.invitation === "pending" ? t("admin.hosts.withdraw") : t("admin.hosts.remove"),
                    name: host.name,
                  })}
                >
                  {host.invitation === "pending" ? t("admin.hosts.withdraw") : t("admin.hosts.remove")}
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p>{t("admin.hosts.removeHint")}</p>

      <h2>{t("admin.hosts.inviteHeading")}</h2>
      {candidates.length === 0 ? (
        <p>{tCommon("cohosting.noCandidates")}</p>
      ) : (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="invite" />
          <fieldset>
            <legend>{tCommon("cohosting.chooseLegend")}</legend>
            {candidates.map((candidate) => (
              <div className="field field--checkbox" key={candidate.id}>
                <input type="radio" name="organisationSlug" value={candidate.slug} id={`candidate-${candidate.id}`} />
                <label htmlFor={`candidate-${candidate.id}`}>
                  <strong>{candidate.name}</strong> ({candidate.slug})
                  {candidate.region ? <> · {candidate.region}</> : null}
                  {candidate.description ? <span className="field__hint"> {candidate.description}</span> : null}
                  {candidate.supportContact ? (
                    <span className="field__hint"> {tCommon("cohosting.publicContact", { contact: candidate.supportContact })}</span>
                  ) : null}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit">{tCommon("cohosting.inviteChosen")}</button>
        </Form>
      )}
      <h3>{tCommon("cohosting.byAddressHeading")}</h3>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="invite" />
        <Field
          label={t("admin.fields.organisationSlug")}
          hint={t("admin.fields.organisationSlugHint")}
          name="organisationSlug"
          id={fieldId("organisationSlug")}
          error={failure?.errors.organisationSlug}
          defaultValue={failure?.values.organisationSlug}
          spellCheck={false}
          required
        />
        <button type="submit">{t("admin.hosts.inviteSubmit")}</button>
      </Form>
    </section>
  );
}
