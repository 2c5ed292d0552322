/**
 * What the in-person page shows: the consultation's languages and free-text
 * questions (in the session's language when there is one, so the facilitator
 * types what was said next to the question as it was asked), the sessions
 * the facilitator's organisations recorded, and the chosen session. No
 * contribution text is ever shown here: the speaker form is always empty.
 */
import { themes } from "~/modules/consultations/themes";
import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";

export type InPersonSessionSummary = {
  id: string;
  heldOn: string;
  place: string;
  language: string;
  peoplePresent: number;
  speakers: number;
  organisation: string;
};

export async function getInPersonView(input: {
  consultationId: string;
  organisationIds: readonly string[];
  sessionId: string | null;
  language: string;
}) {
  const db = getDb();
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: {
      languages: true,
      questions: {
        where: { kind: "free_text" },
        orderBy: { position: "asc" },
        select: { id: true, theme: true, translations: { select: { language: true, prompt: true } } },
      },
    },
  });
  const [organisations, sessions] = await Promise.all([
    db.organisation.findMany({ where: { id: { in: [...input.organisationIds] } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.inPersonSession.findMany({
      where: { consultationId: input.consultationId, organisationId: { in: [...input.organisationIds] } },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      take: 50,
      select: {
        id: true,
        heldOn: true,
        place: true,
        language: true,
        peoplePresent: true,
        organisation: { select: { name: true } },
        _count: { select: { submissions: { where: { status: { not: "withdrawn" } } } } },
      },
    }),
  ]);
  const summaries: InPersonSessionSummary[] = sessions.map((session) => ({
    id: session.id,
    heldOn: session.heldOn.toISOString().slice(0, 10),
    place: session.place,
    language: session.language,
    peoplePresent: session.peoplePresent,
    speakers: session._count.submissions,
    organisation: session.organisation.name,
  }));
  const session = input.sessionId ? (summaries.find((candidate) => candidate.id === input.sessionId) ?? null) : null;
  const promptLanguage = session?.language ?? input.language;
  const questions = [...consultation.questions]
    .sort((a, b) => themes.indexOf(a.theme) - themes.indexOf(b.theme))
    .map((question) => {
      const picked = pickTranslation(question.translations, promptLanguage, consultation.languages);
      return { id: question.id, theme: question.theme, prompt: picked?.value.prompt ?? "", promptLanguage: picked?.language ?? promptLanguage };
    });
  return { languages: consultation.languages, organisations, sessions: summaries, session, questions };
}

export type InPersonView = Awaited<ReturnType<typeof getInPersonView>>;
