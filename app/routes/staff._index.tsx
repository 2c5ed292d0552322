import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requirePermission } from "~/http/require-permission.server";
import { titleMeta } from "~/http/meta";
import { listStaffOrganisations } from "~/modules/orgs/list-staff-workspace.server";
import { staffRoleKeys } from "~/modules/orgs/role-labels";

export const meta = titleMeta("staff.home.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "staff:workspace", undefined);
  const organisations = await listStaffOrganisations(actor.memberships);
  return {
    username: actor.username,
    isPlatformAdmin: actor.isPlatformAdmin,
    organisations,
    hasRole: {
      admin: actor.memberships.some((membership) => membership.role === "admin"),
      facilitator: actor.memberships.some((membership) => membership.role === "facilitator"),
      drafter: actor.memberships.some((membership) => membership.role === "drafter"),
    },
  };
}

export default function StaffHomePage() {
  const { username, isPlatformAdmin, organisations, hasRole } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section className="prose">
      <h1>{t("staff.home.title")}</h1>
      <p>{t("staff.home.signedInAs", { username })}</p>
      <h2>{t("staff.home.organisations")}</h2>
      {organisations.length === 0 ? (
        <p>{t("staff.home.noOrganisations")}</p>
      ) : (
        <ul>
          {organisations.map((organisation) => (
            <li key={organisation.id}>
              {organisation.name}: {organisation.roles.map((role) => t(staffRoleKeys[role])).join(", ")}
            </li>
          ))}
        </ul>
      )}
      <ul className="link-list">
        {hasRole.facilitator ? (
          <li>
            <Link to="/facilitate">{t("staff.home.facilitate")}</Link>
          </li>
        ) : null}
        {hasRole.drafter ? (
          <li>
            <Link to="/draft">{t("staff.home.draft")}</Link>
          </li>
        ) : null}
        {hasRole.admin || isPlatformAdmin ? (
          <li>
            <Link to="/admin">{t("staff.home.admin")}</Link>
          </li>
        ) : null}
      </ul>
      <Form method="post" action="/logout">
        <button type="submit">{t("auth.logout.submit")}</button>
      </Form>
    </section>
  );
}
