import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { Field } from "~/components/field";
import { cohostInvitationForm, removeCohostForm } from "~/modules/consultations/consultation-forms";
import { getConsultationAdminView } from "~/modules/consultations/get-consultation-admin-view.server";
import { inviteCohost } from "~/modules/consultations/hosting/invite-cohost.server";
import { removeCohost } from "~/modules/consultations/hosting/remove-cohost.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { formFailure, parseForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("consultations:admin.hosts.title");

const notices: Record<string, string> = {
  invited: "consultations:admin.notices.cohostInvited",
  removed: "consultations:admin.notices.cohostRemoved",
};

/** Translation keys written out in full. */
const hostStateKeys = {
  lead: "consultations:admin.hosts.lead",
  accepted: "consultations:admin.hosts.accepted",
  pending: "consultations:admin.hosts.pending",
  declined: "consultations:admin.hosts.declined",
} as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const saved = new URL(request.url).searchParams.get("saved") ?? "";
  return {
    consultation: await getConsultationAdminView(manager.consultationId, await detectLanguage(request)),
    notice: notices[saved] ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const intent = (await request.clone().formData()).get("intent");
  const back = `/admin/consultations/${manager.slug}/hosts`;
  if (intent === "remove") {
    const form = await parseForm(request, removeCohostForm);
    if (!form.ok) return formFailure(form.failure, form.status);
    await removeCohost({ consultationId: manager.consultationId, organisationId: form.data.organisationId, actorId: manager.staffUserId });
    return redirect(`${back}?saved=removed`, { status: 303 });
  }
  const form = await parseForm(request, cohostInvitationForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const invited = await inviteCohost({ consultationId: manager.consultationId, organisationSlug: form.data.organisationSlug, actorId: manager.staffUserId });
  if (!invited.ok) return formFailure({ errors: { [invited.field]: invited.error }, values: form.values });
  return redirect(`${back}?saved=invited`, { status: 303 });
}

export default function ConsultationHostsPage() {
  const { consultation, notice } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation("consultations");
  return (
    <section className="prose">
      <h1>{t("admin.hosts.title")}</h1>
      <ConsultationAdminNav slug={consultation.slug} />
      {notice ? (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      ) : null}
      <p>{t("admin.hosts.intro")}</p>
      <ul>
        {consultation.hosts.map((host) => (
          <li key={host.organisationId}>
            <strong>{host.name}</strong>: {t(host.role === "lead" ? hostStateKeys.lead : hostStateKeys[host.invitation])}
            {host.role === "cohost" ? (
              <Form method="post">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="organisationId" value={host.organisationId} />
                <button
                  type="submit"
                  aria-label={t("admin.namedAction", {
                    action: host.invitation === "pending" ? t("admin.hosts.withdraw") : t("admin.hosts.remove"),
                    name: host.name,
                  })}
                >
                  {host.invitation === "pending" ? t("admin.hosts.withdraw") : t("admin.hosts.remove")}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      <p>{t("admin.hosts.removeHint")}</p>
      <h2>{t("admin.hosts.inviteHeading")}</h2>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="invite" />
        <Field
          label={t("admin.fields.organisationSlug")}
          hint={t("admin.fields.organisationSlugHint")}
          name="organisationSlug"
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
