import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { invariantResponse } from "~/http/responses.server";
import { getConsultationAdminView } from "~/modules/consultations/get-consultation-admin-view.server";

export const meta = titleMeta("cohosting.removeTitle");

/**
 * Removing a co-host (or withdrawing an invitation) is confirmed on its own
 * page first, with or without JavaScript: it ends that organisation's
 * staff's access at once. The form posts to the hosts page's action.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const consultation = await getConsultationAdminView(manager.consultationId, await detectLanguage(request));
  const host = consultation.hosts.find((candidate) => candidate.organisationId === params.orgId && candidate.role === "cohost");
  invariantResponse(host, 404);
  return { slug: consultation.slug, title: consultation.title, host };
}

export default function RemoveCohostPage() {
  const { slug, title, host } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { t: tc } = useTranslation("consultations");
  const pending = host.invitation === "pending";
  return (
    <section className="prose">
      <h1>{t("cohosting.removeTitle")}</h1>
      <p>
        {pending
          ? t("cohosting.withdrawQuestion", { organisation: host.name, consultation: title })
          : t("cohosting.removeQuestion", { organisation: host.name, consultation: title })}
      </p>
      {pending ? null : <p>{tc("admin.hosts.removeHint")}</p>}
      <Form method="post" action={`/admin/consultations/${slug}/hosts`}>
        <input type="hidden" name="intent" value="remove" />
        <input type="hidden" name="organisationId" value={host.organisationId} />
        <button type="submit">{pending ? tc("admin.hosts.withdraw") : tc("admin.hosts.remove")}</button>
      </Form>
      <p>
        <Link to={`/admin/consultations/${slug}/hosts`}>{t("cohosting.keepHost")}</Link>
      </p>
    </section>
  );
}
