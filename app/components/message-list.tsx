import { Form } from "@remix-run/react";
import { fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import type { FormFailure } from "~/http/forms.server";
import type { ThreadMessage } from "~/modules/inbox/thread.server";

/**
 * An inbox thread in order, for both sides: who wrote each message (as the
 * reader's page names them), its day, and its text as written (line breaks
 * kept). `unreadable` is said instead of a message that cannot be decrypted.
 */
export function MessageList({
  messages,
  participantLabel,
  facilitatorLabel,
  unreadable,
}: {
  messages: readonly ThreadMessage[];
  participantLabel: string;
  facilitatorLabel: string;
  unreadable: string;
}) {
  return (
    <ol className="card-list">
      {messages.map((message) => (
        <li key={message.id} className="card">
          <p>
            <strong>{message.fromParticipant ? participantLabel : facilitatorLabel}</strong> · {message.sentOn}
          </p>
          <p dir="auto" className="message-body">
            {message.body ?? unreadable}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The one field and button that write a message, on either side; what was typed comes back after a refusal. */
export function MessageForm({
  label,
  hint,
  submitLabel,
  intent,
  action,
  failure,
}: {
  label: string;
  hint?: string;
  submitLabel: string;
  intent: "send" | "reply";
  action?: string;
  failure?: FormFailure;
}) {
  return (
    <Form method="post" action={action} noValidate>
      <Field label={label} hint={hint} id={fieldId("body")} name="body" error={failure?.errors.body} defaultValue={failure?.values.body} multiline required />
      <button type="submit" name="intent" value={intent}>
        {submitLabel}
      </button>
    </Form>
  );
}
