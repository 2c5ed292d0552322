import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requirePermission } from "~/http/require-permission.server";
import { getHostingFacts, noHostingFacts } from "~/modules/consultations/hosting/get-hosting-facts.server";
import { getStaffConsultationTitle } from "~/modules/consultations/get-staff-consultation-title.server";
import { invariantResponse } from "~/http/responses.server";
import { detectLanguage } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";

export const meta = dataTitleMeta<{ title: string }>((data) => data.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const facts = await getHostingFacts(slug);
  // An unknown slug is refused exactly like a consultation of another organisation.
  await requirePermission(request, "consultation:facilitate", facts ?? noHostingFacts);
  // The permission check above has refused an unknown slug, so the facts are there.
  invariantResponse(facts, 404);
  // A consultation in draft has no public page, yet its hosts see its title here (issue 10, bug 5).
  return { title: await getStaffConsultationTitle(facts.consultationId, await detectLanguage(request)) };
}

export default function FacilitateConsultationPage() {
  const { title } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section className="prose">
      <h1>{title}</h1>
      <p>{t("facilitate.comingSoon")}</p>
    </section>
  );
}
