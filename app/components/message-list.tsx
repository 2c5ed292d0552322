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
