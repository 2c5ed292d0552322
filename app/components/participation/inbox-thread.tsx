import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/error-summary";
import { MessageForm, MessageList } from "~/components/message-list";
import type { FormFailure } from "~/http/forms.server";
import type { ThreadMessage } from "~/modules/inbox/thread.server";

/**
 * The pseudonymous inbox on a participant's own contribution: the thread, a
 * reply form while contact is on and a facilitator has written, and "Turn
 * off contact". Plain forms: it works without JavaScript.
 */
export function InboxThread({
  thread,
  action,
  failure,
}: {
  thread: { contactable: boolean; canReply: boolean; messages: ThreadMessage[] };
  action: string;
  failure?: FormFailure;
}) {
  const { t } = useTranslation("participation");
  if (thread.messages.length === 0 && !thread.contactable) return null;
  return (
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t("inbox.heading")}</h2>
      <ErrorSummary failure={failure} fields={[{ name: "body", label: t("inbox.replyLabel") }]} />
      {thread.messages.length === 0 ? (
        <p>{t("inbox.none")}</p>
      ) : (
        <MessageList
          messages={thread.messages}
          participantLabel={t("inbox.fromYou")}
          facilitatorLabel={t("inbox.fromFacilitator")}
          unreadable={t("inbox.unreadable")}
        />
      )}
      {thread.canReply ? (
        <MessageForm label={t("inbox.replyLabel")} submitLabel={t("inbox.send")} intent="reply" action={action} failure={failure} />
      ) : null}
      {thread.contactable ? (
        <Form method="post" action={action}>
          <p className="field__hint">{t("inbox.turnOffHint")}</p>
          <button type="submit" name="intent" value="contactOff" className="button--secondary">
            {t("inbox.turnOff")}
          </button>
        </Form>
      ) : (
        <p>{t("inbox.closed")}</p>
      )}
    </section>
  );
}
