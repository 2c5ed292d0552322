import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requirePermission } from "~/http/require-permission.server";
import { getHostingFacts, noHostingFacts } from "~/modules/consultations/hosting/get-hosting-facts.server";
import { getPublicConsultation } from "~/modules/consultations/get-public-consultation.server";
import { detectLanguage } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";

export const meta = dataTitleMeta<{ title: string }>((data) => data.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const facts = await getHostingFacts(slug);
  // An unknown slug is refused exactly like a consultation of another organisation.
  await requirePermission(request, "consultation:facilitate", facts ?? noHostingFacts);
  const consultation = await getPublicConsultation(slug, await detectLanguage(request));
  return { title: consultation?.title ?? slug };
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
