import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/error-summary";
import { MessageForm, MessageList } from "~/components/message-list";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireFacilitatorItem } from "~/http/require-facilitator-item.server";
import { showThreadToFacilitator, sendFacilitatorMessage } from "~/modules/inbox/facilitator-thread.server";
import { facilitatorMessageForm } from "~/modules/inbox/inbox-forms";

export const handle = { i18n: "workspace" };

export const meta = titleMeta("workspace:inbox.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, item, organisationIds } = await requireFacilitatorItem(request, params);
  const thread = await showThreadToFacilitator(item.submissionId, {
    actorId: actor.staffUserId,
    consultationId: item.consultationId,
    organisationId: organisationIds[0] ?? null,
  });
  return { slug: params.slug ?? "", id: item.submissionId, thread };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, item, organisationIds } = await requireFacilitatorItem(request, params);
  const form = await parseForm(request, facilitatorMessageForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const sent = await sendFacilitatorMessage({
    submissionId: item.submissionId,
    actorId: actor.staffUserId,
    consultationId: item.consultationId,
    organisationId: organisationIds[0] ?? null,
    body: form.data.body,
  });
  if (!sent.ok) return refusedForm(sent, form.values);
  return redirectWithNotice(`/facilitate/${params.slug}/${item.submissionId}/messages`, "workspace:inbox.notices.sent");
}

export default function FacilitatorMessagesPage() {
  const { slug, id, thread } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation("workspace");
  return (
    <section className="prose">
      <h1>{t("inbox.title")}</h1>
      <p>{t("inbox.intro")}</p>
      {thread.messages.length === 0 ? (
        <p>{thread.withdrawn ? t("inbox.withdrawn") : t("inbox.none")}</p>
      ) : (
        <MessageList
          messages={thread.messages}
          participantLabel={t("inbox.fromParticipant")}
          facilitatorLabel={t("inbox.fromFacilitator")}
          unreadable={t("inbox.unreadable")}
        />
      )}
      {thread.contactable ? (
        <>
          <ErrorSummary failure={failure} fields={[{ name: "body", label: t("inbox.bodyLabel") }]} />
          <MessageForm label={t("inbox.bodyLabel")} hint={t("inbox.bodyHint")} submitLabel={t("inbox.send")} intent="send" failure={failure} />
        </>
      ) : (
        <>
          <ErrorSummary failure={failure} fields={[{ name: "body", label: t("inbox.bodyLabel") }]} />
          {thread.withdrawn ? null : <p>{t("inbox.notContactable")}</p>}
        </>
      )}
      <p>
        <Link to={`/facilitate/${slug}/${id}`}>{t("inbox.backToItem")}</Link>
      </p>
    </section>
  );
}
