import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { statusLabelKeys } from "~/modules/consultations/consultation-status";
import type { HostedConsultation } from "~/modules/orgs/list-staff-workspace.server";
import { WideTable } from "~/components/wide-table";

/**
 * Consultations a staff member works on, as a table: status, dates, hosts
 * and how many contributions were received (a number, never content).
 */
export function HostedConsultations({
  consultations,
  linkTo,
  caption,
}: {
  consultations: readonly HostedConsultation[];
  linkTo: (consultation: HostedConsultation) => string;
  caption: string;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation("consultations");
  return (
    <WideTable label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("hosted.columns.consultation")}</th>
          <th scope="col">{t("hosted.columns.status")}</th>
          <th scope="col">{t("hosted.columns.dates")}</th>
          <th scope="col">{t("hosted.columns.hosts")}</th>
          <th scope="col">{t("hosted.columns.contributions")}</th>
        </tr>
      </thead>
      <tbody>
        {consultations.map((consultation) => (
          <tr key={consultation.slug}>
            <td>
              <Link to={linkTo(consultation)}>{consultation.title}</Link>
            </td>
            <td>{tc(statusLabelKeys[consultation.status])}</td>
            <td>{t("hosted.dates", { opens: consultation.opensOn, closes: consultation.closesOn })}</td>
            <td>{consultation.hosts.join(", ")}</td>
            <td>{consultation.contributions}</td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
