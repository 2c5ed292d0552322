import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requirePermission } from "~/http/require-permission.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { listHostedConsultations } from "~/modules/orgs/list-staff-workspace.server";

export const meta = titleMeta("facilitate.title");

/** Only consultations hosted by an organisation where this person is a facilitator. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "staff:workspace", undefined);
  if (actor.kind !== "staff") throw new Response(null, { status: 403 });
  return { consultations: await listHostedConsultations(actor.memberships, "facilitator", await detectLanguage(request)) };
}

export default function FacilitateListPage() {
  const { consultations } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section className="prose">
      <h1>{t("facilitate.title")}</h1>
      {consultations.length === 0 ? (
        <p>{t("facilitate.none")}</p>
      ) : (
        <ul>
          {consultations.map((consultation) => (
            <li key={consultation.slug}>
              <Link to={`/facilitate/${consultation.slug}`}>{consultation.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
