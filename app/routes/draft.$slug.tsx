import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requirePermission } from "~/http/require-permission.server";
import { getHostingFacts, noHostingFacts } from "~/modules/consultations/hosting/get-hosting-facts.server";
import { getStaffConsultationTitle } from "~/modules/consultations/get-staff-consultation-title.server";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { invariantResponse } from "~/http/responses.server";
import { detectLanguage } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";
import { showDrafterView } from "~/modules/summaries/get-drafter-view.server";

export const handle = { i18n: "workspace" };

export const meta = dataTitleMeta<{ title: string }>((data) => data.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const facts = await getHostingFacts(slug);
  // An unknown slug is refused exactly like a consultation of another organisation.
  const actor = await requirePermission(request, "consultation:read-summaries", facts ?? noHostingFacts);
  // The permission check above has refused an unknown slug, so the facts are there.
  invariantResponse(facts, 404);
  const language = await detectLanguage(request);
  const organisationId =
    actor.memberships.find((membership) => membership.role === "drafter" && facts.acceptedHostIds.includes(membership.organisationId))
      ?.organisationId ?? null;
  // A consultation in draft has no public page, yet its hosts see its title here (issue 10, bug 5).
  return {
    title: await getStaffConsultationTitle(facts.consultationId, language),
    view: await showDrafterView({ consultationId: facts.consultationId, language, actorId: actor.staffUserId, organisationId }),
  };
}

export default function DraftConsultationPage() {
  const { title, view } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section className="prose">
      <h1>{title}</h1>
      <p>
        <Link to="/draft">{t("workspace:drafting.nav.compare")}</Link>
      </p>
      <p>{t("draft.comingSoon")}</p>
      <section aria-labelledby="approved-heading">
        <h2 id="approved-heading">{t("workspace:drafterView.heading")}</h2>
        <p>{t("workspace:drafterView.intro")}</p>
        {view.awaitingRedaction > 0 ? <p>{t("workspace:drafterView.awaitingRedaction", { count: view.awaitingRedaction })}</p> : null}
        {view.themes.length === 0 ? <p>{t("workspace:drafterView.none")}</p> : null}
        {view.themes.map((group) => (
          <section key={group.theme} aria-labelledby={`theme-${group.theme}`}>
            <h3 id={`theme-${group.theme}`}>{t(themeLabelKeys[group.theme])}</h3>
            {group.questions.map((question) => (
              <section key={question.id} aria-labelledby={`question-${question.id}`}>
                <h4 id={`question-${question.id}`} lang={question.promptLanguage}>
                  {question.prompt}
                </h4>
                <ul className="card-list">
                  {question.texts.map((answer) => (
                    <li key={answer.answerId} className="card">
                      <blockquote lang={answer.language} dir="auto" className="message-body">
                        {answer.text}
                      </blockquote>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        ))}
      </section>
    </section>
  );
}
