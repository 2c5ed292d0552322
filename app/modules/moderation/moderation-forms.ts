/**
 * Schemas of the facilitator workspace's item and queue forms; messages are
 * translation keys in the "workspace" namespace. Server only in effect: a
 * page component imports the choices from moderation-choices.ts, which has
 * no zod (the browser bundle must not carry it).
 *
 * A form reads only the first value of each name (form-values.ts), so a
 * checkbox group is one name per box: `theme.<answerId>.<theme>`,
 * `principle.<answerId>.<principleId>`, `emerging.<answerId>.<themeId>` and,
 * on the queue, `select.<submissionId>`.
 */
import { z } from "zod";
import type { Theme } from "~/generated/prisma/enums";
import { themes } from "~/modules/consultations/themes";
import { maxNoteCharacters, queueStatuses, rejectReasons } from "./moderation-choices";

/** The Submission.version the form was rendered with (see claim-item-version.server.ts). */
const version = z
  .string()
  .regex(/^\d{1,9}$/, { message: "workspace:moderation.errors.staleForm" })
  .transform(Number);

/** Every form of one contribution's page, told apart by `intent`. */
export const itemPageForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve"), version, confirm: z.literal("yes").optional() }),
  z.object({ intent: z.literal("hold"), version }),
  z.object({
    intent: z.literal("reject"),
    version,
    reason: z.enum(rejectReasons, { message: "workspace:moderation.errors.reasonRequired" }),
    note: z.string().trim().max(maxNoteCharacters, { message: "workspace:moderation.errors.noteTooLong" }).default(""),
  }),
  // The coding checkboxes are read by name (codingFrom); the schema keeps them as strings.
  z.object({ intent: z.literal("coding"), version }).catchall(z.string()),
  z.object({ intent: z.literal("flag-safety") }),
  z.object({ intent: z.literal("unflag-safety") }),
]);

export type AnswerCoding = { themes: Theme[]; principleIds: string[]; emergingThemeIds: string[] };

/** The ticked boxes of the coding form, by answer. Ids are checked against the item by the use case. */
export function codingFrom(values: Record<string, string>, answerIds: readonly string[]): Map<string, AnswerCoding> {
  const coding = new Map<string, AnswerCoding>(answerIds.map((id) => [id, { themes: [], principleIds: [], emergingThemeIds: [] }]));
  for (const name of Object.keys(values)) {
    const [group, answerId, value] = name.split(".");
    const entry = answerId ? coding.get(answerId) : undefined;
    if (!entry || !value) continue;
    if (group === "theme" && (themes as readonly string[]).includes(value)) entry.themes.push(value as Theme);
    else if (group === "principle") entry.principleIds.push(value);
    else if (group === "emerging") entry.emergingThemeIds.push(value);
  }
  return coding;
}

/**
 * The ticked rows of the queue: `select.<submissionId>`, whose value is the
 * version the row was shown with, so a bulk action skips an item someone
 * changed since.
 */
export function selectedItems(values: Record<string, string>): Array<{ submissionId: string; version: number }> {
  return Object.entries(values).flatMap(([name, value]) => {
    const submissionId = name.startsWith("select.") ? name.slice("select.".length) : "";
    return /^[0-9a-f-]{36}$/.test(submissionId) && /^\d{1,9}$/.test(value) ? [{ submissionId, version: Number(value) }] : [];
  });
}

/** The queue's bulk forms. */
export const queuePageForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve-selected") }).catchall(z.string()),
  z.object({ intent: z.literal("tag-selected"), theme: z.enum(themes, { message: "workspace:queue.errors.themeRequired" }) }).catchall(z.string()),
  z.object({ intent: z.literal("merge-duplicates") }),
]);


/** The queue's filters, from the address (a GET form): anything unknown is ignored, never an error. */
export const queueFilters = z.object({
  status: z.enum(queueStatuses).optional().catch(undefined),
  theme: z.enum(themes).optional().catch(undefined),
  principle: z.string().uuid().optional().catch(undefined),
  question: z.string().uuid().optional().catch(undefined),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/).optional().catch(undefined),
  kind: z.enum(["online", "in_person"]).optional().catch(undefined),
  safety: z.literal("flagged").optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type QueueFilters = z.infer<typeof queueFilters>;

export function readQueueFilters(url: URL): QueueFilters {
  const raw = Object.fromEntries([...url.searchParams.entries()].filter(([, value]) => value !== ""));
  return queueFilters.parse(raw);
}
