import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireConsultationHostAdmin } from "~/http/require-consultation-host.server";
import { detectLanguage } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";
import { statusLabelKeys } from "~/modules/consultations/consultation-status";
import { getConsultationAdminView } from "~/modules/consultations/get-consultation-admin-view.server";
import { hostStateKey } from "~/modules/consultations/hosting/hosting-display";

export const meta = dataTitleMeta<{ consultation: { title: string } }>((data) => data.consultation.title);

/**
 * A co-hosted consultation as its co-hosts' admins see it: settings, texts,
 * support services and hosts, read-only (only the lead changes them), and
 * the way to leave. The lead's admins have the settings pages instead.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const host = await requireConsultationHostAdmin(request, params.slug ?? "");
  const consultation = await getConsultationAdminView(host.consultationId, await detectLanguage(request));
  return { consultation, canLeave: host.cohostOrganisationIds.length > 0 };
}

export default function CohostedConsultationPage() {
  const { consultation, canLeave } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { t: tc } = useTranslation("consultations");
  const lead = consultation.hosts.find((host) => host.role === "lead");
  return (
    <section className="prose">
      <h1>{consultation.title}</h1>
      <p>{t("cohosting.readOnly", { lead: lead?.name ?? "" })}</p>

      <h2>{tc("admin.nav.settings")}</h2>
      <dl>
        <dt>{t("hosted.columns.status")}</dt>
        <dd>{tc(statusLabelKeys[consultation.status])}</dd>
        <dt>{t("hosted.columns.dates")}</dt>
        <dd>{t("hosted.dates", { opens: consultation.opensAtText, closes: consultation.closesAtText })}</dd>
        <dt>{tc("admin.fields.city")}</dt>
        <dd>{consultation.settings.regionCity}</dd>
        <dt>{tc("admin.fields.country")}</dt>
        <dd>{consultation.settings.regionCountry}</dd>
        <dt>{tc("admin.fields.timeZone")}</dt>
        <dd>{consultation.settings.timeZone}</dd>
        <dt>{tc("admin.fields.languages")}</dt>
        <dd>{consultation.settings.languages}</dd>
        <dt>{tc("admin.fields.exitUrl")}</dt>
        <dd>{consultation.settings.exitUrl || "—"}</dd>
        <dt>{tc("admin.fields.draftVersion")}</dt>
        <dd>{consultation.draft ? `${consultation.draft.documentTitle} (${consultation.draft.version})` : "—"}</dd>
      </dl>

      <h2>{tc("admin.nav.texts")}</h2>
      {consultation.texts.map((text) => (
        <section key={text.language} lang={text.language}>
          <h3>{text.language}</h3>
          {text.missing ? (
            <p>{tc("admin.texts.missing")}</p>
          ) : (
            <dl>
              <dt>{tc("admin.fields.title")}</dt>
              <dd>{text.title}</dd>
              <dt>{tc("admin.fields.description")}</dt>
              <dd className="preserve-lines">{text.description || "—"}</dd>
              <dt>{t("cohosting.whatHappens")}</dt>
              <dd className="preserve-lines">{text.whatHappens || "—"}</dd>
            </dl>
          )}
        </section>
      ))}

      <h2>{tc("admin.support.heading")}</h2>
      {consultation.supportResources.length === 0 ? (
        <p>{t("cohosting.noSupport")}</p>
      ) : (
        <ul>
          {consultation.supportResources.map((resource) => (
            <li key={resource.id} lang={resource.language}>
              <strong>{resource.name}</strong> ({resource.language}): {resource.contact}
            </li>
          ))}
        </ul>
      )}

      <h2>{tc("admin.nav.hosts")}</h2>
      <ul>
        {consultation.hosts.map((host) => (
          <li key={host.organisationId}>
            <strong>{host.name}</strong>: {tc(hostStateKey(host))}
          </li>
        ))}
      </ul>

      {canLeave ? (
        <>
          <h2>{t("cohosting.leaveHeading")}</h2>
          <p>{t("cohosting.leaveHint")}</p>
          <p>
            <Link to={`/admin/cohosting/${consultation.slug}/leave`}>{t("cohosting.leaveLink")}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
