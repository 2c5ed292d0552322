import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { detectLanguage } from "~/http/i18n.server";
import { translatedTitleMeta } from "~/http/meta";
import { notFound } from "~/http/responses.server";
import { ownLanguageName } from "~/modules/consultations/language-names";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { ShownCountText } from "~/components/summaries/shown-count-text";
import { WideTable } from "~/components/wide-table";
import { getPublicOutcome, type OutcomeSynthesis } from "~/modules/summaries/get-public-outcome.server";

export const handle = { i18n: "outcome" };
export const meta = translatedTitleMeta<{ outcome: { title: string } }>((t, data) =>
  data ? `${t("outcome:title")}: ${data.outcome.title}` : t("outcome:title"),
);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const outcome = await getPublicOutcome(params.slug ?? "", await detectLanguage(request));
  // No such consultation, a draft, or nothing published yet: nothing to read here.
  if (!outcome) notFound();
  return { outcome };
}

function Synthesis({ synthesis }: { synthesis: OutcomeSynthesis }) {
  const { t } = useTranslation("outcome");
  const sections = [
    { name: "said", heading: t("sections.said") },
    { name: "change", heading: t("sections.change") },
    { name: "emerging", heading: t("sections.emerging") },
  ] as const;
  return (
    <>
      <p className="field__hint">{t("publishedOn", { version: synthesis.version, day: synthesis.publishedOn })}</p>
      {sections
        .filter((section) => synthesis.html[section.name].trim() !== "")
        .map((section) => (
          // Unnamed, so not a landmark: every synthesis has these sections, and landmarks of one name would be
          // indistinguishable in a screen reader's list. The heading still marks it.
          <section key={section.name}>
            <h4>{section.heading}</h4>
            {/* markdown-it with html: false on the server (synthesis-markdown.server.ts): no tag typed survives, no javascript: link. */}
            <div dir="auto" dangerouslySetInnerHTML={{ __html: synthesis.html[section.name] }} />
          </section>
        ))}
    </>
  );
}

export default function OutcomePage() {
  const { outcome } = useLoaderData<typeof loader>();
  const { t } = useTranslation("outcome");
  const { t: tCommon } = useTranslation();
  return (
    <article className="prose">
      <h1>
        {t("title")}: <span lang={outcome.titleLanguage}>{outcome.title}</span>
      </h1>
      <p>
        <Link to={`/c/${outcome.slug}`}>{t("backToConsultation")}</Link>
      </p>
      <p>{t("intro")}</p>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t("countsHeading")}</h2>
        <WideTable label={t("countsCaption")}>
          <caption>
            {t("countsCaption")}
            <br />
            <small>{t("disclosure.explainer", { k: outcome.counts.k })}</small>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.theme")}</th>
              <th scope="col">{t("columns.contributions")}</th>
            </tr>
          </thead>
          <tbody>
            {outcome.counts.themes.map((row) => (
              <tr key={row.theme}>
                <th scope="row">{tCommon(themeLabelKeys[row.theme])}</th>
                <td>
                  <ShownCountText count={row.count} ns="outcome" />
                </td>
              </tr>
            ))}
          </tbody>
        </WideTable>
      </section>
      {outcome.themes.map((group) => (
        <section key={group.theme} aria-labelledby={`theme-${group.theme}`}>
          <h2 id={`theme-${group.theme}`}>{tCommon(themeLabelKeys[group.theme])}</h2>
          {group.syntheses.map((synthesis) => {
            const headingId = `synthesis-${group.theme}-${synthesis.principle?.number ?? "theme"}`;
            return (
              // Named with its theme too: each theme has its "Across the theme".
              <section key={headingId} aria-labelledby={`theme-${group.theme} ${headingId}`}>
                <h3 id={headingId}>
                  {synthesis.principle
                    ? synthesis.principle.title
                      ? t("principleHeading", { number: synthesis.principle.number, title: synthesis.principle.title })
                      : t("principleNumber", { number: synthesis.principle.number })
                    : t("themeSynthesis")}
                </h3>
                <Synthesis synthesis={synthesis} />
              </section>
            );
          })}
          {group.quotes.length > 0 ? (
            <section aria-labelledby={`theme-${group.theme} quotes-${group.theme}`}>
              <h3 id={`quotes-${group.theme}`}>{t("quotesHeading")}</h3>
              <ul className="card-list">
                {group.quotes.map((quote, index) => (
                  <li key={index} className="card">
                    <blockquote lang={quote.language} dir="auto" className="message-body">
                      {quote.text}
                    </blockquote>
                    <p className="field__hint">
                      {t("quoteFacts", {
                        language: ownLanguageName(quote.language),
                        month: quote.month,
                        kind: quote.kind === "in_person" ? t("kinds.inPerson") : t("kinds.online"),
                      })}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </section>
      ))}
    </article>
  );
}
