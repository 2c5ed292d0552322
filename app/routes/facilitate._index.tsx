import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HostedConsultations } from "~/components/hosted-consultations";
import { requirePermission } from "~/http/require-permission.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { listHostedConsultations, listStaffOrganisations } from "~/modules/orgs/list-staff-workspace.server";
import { staffRoleKeys } from "~/modules/orgs/role-labels";

export const meta = titleMeta("facilitate.title");

/**
 * Only consultations hosted by an organisation where this person is a facilitator.
 * Someone without that role is told what their role is instead of being
 * told there is nothing.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "staff:workspace", undefined);
  const hasFacilitate = actor.memberships.some((membership) => membership.role === "facilitator");
  return {
    hasFacilitate,
    roles: hasFacilitate ? [] : await listStaffOrganisations(actor.memberships),
    consultations: await listHostedConsultations(actor.memberships, "facilitator", await detectLanguage(request)),
  };
}

export default function FacilitateListPage() {
  const { hasFacilitate, roles, consultations } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const yourRoles = roles
    .flatMap((organisation) => organisation.roles.map((role) => t("staff.home.roleIn", { role: t(staffRoleKeys[role]), organisation: organisation.name })))
    .join("; ");
  return (
    <section className="prose">
      <h1>{t("facilitate.title")}</h1>
      {!hasFacilitate ? (
        <>
          <p>{yourRoles ? t("facilitate.notYourRole", { roles: yourRoles }) : t("facilitate.noRole")}</p>
          <p>
            <Link to="/staff">{t("staff.home.backToWorkspace")}</Link>
          </p>
        </>
      ) : consultations.length === 0 ? (
        <p>{t("facilitate.none")}</p>
      ) : (
        <HostedConsultations consultations={consultations} linkTo={(consultation) => `/facilitate/${consultation.slug}`} caption={t("facilitate.caption")} />
      )}
    </section>
  );
}
