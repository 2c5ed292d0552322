import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";
import { countUnreadMessages } from "~/modules/inbox/participant-thread.server";
import { notPublished, publishedStatusOf } from "~/modules/summaries/published-status.server";

/**
 * A participant's own contributions, newest first, with their status and
 * what became of them. Never anyone else's: the query is by participantId.
 */
export async function listOwnContributions(participantId: string, language: string) {
  const rows = await getDb().submission.findMany({
    where: { participantId },
    orderBy: [{ updatedOn: "desc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      receivedOn: true,
      updatedOn: true,
      withdrawnOn: true,
      consultation: {
        select: {
          slug: true,
          languages: true,
          translations: { select: { language: true, title: true } },
        },
      },
    },
  });
  const unread = await countUnreadMessages(rows.map((row) => row.id));
  const published = await publishedStatusOf(rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    day: (row.withdrawnOn ?? row.receivedOn ?? row.updatedOn).toISOString().slice(0, 10),
    consultationSlug: row.consultation.slug,
    consultationTitle:
      pickTranslation(row.consultation.translations, language, row.consultation.languages)?.value.title ??
      row.consultation.slug,
    /** Counted in a theme with a published synthesis (published-status.server.ts). */
    inPublishedSummary: (published.get(row.id) ?? notPublished).included,
    /** One of its answers is quoted in a published synthesis. */
    quoted: (published.get(row.id) ?? notPublished).quoted,
    /** Facilitators' messages in its inbox the participant has not opened yet. */
    unreadMessages: unread.get(row.id) ?? 0,
  }));
}
