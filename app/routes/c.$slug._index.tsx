import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SupportList } from "~/components/participation/support-resources";
import { getPublicConsultation, type PublicPrinciple } from "~/modules/consultations/get-public-consultation.server";
import { hasPublishedOutcome } from "~/modules/summaries/has-published-outcome.server";
import { ownLanguageName } from "~/modules/consultations/language-names";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { detectLanguage } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";
import { notFound } from "~/http/responses.server";
import { takePartPath } from "~/http/quick-exit-intro.server";

export const meta = dataTitleMeta<{ consultation: { title: string } }>((data) => data.consultation.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = await detectLanguage(request);
  const consultation = await getPublicConsultation(params.slug ?? "", language);
  if (!consultation) notFound();
  // The quick exit is explained once before taking part (GOV.UK's interruption page).
  return { consultation, takePartHref: takePartPath(request, consultation.slug), hasOutcome: await hasPublishedOutcome(consultation.slug) };
}

/** Says so when a text is shown in another language than the reader's, so nobody is misled. */
function FallbackNote({ language, show }: { language: string; show: boolean }) {
  const { t } = useTranslation("consultations");
  if (!show) return null;
  return <p className="fallback-note">{t("public.fallbackNotice", { language: ownLanguageName(language) })}</p>;
}

function Principle({ principle }: { principle: PublicPrinciple }) {
  const { t } = useTranslation("consultations");
  const text = (
    <>
      <strong lang={principle.language}>{principle.title}</strong>
      {principle.body ? <p lang={principle.language}>{principle.body}</p> : null}
      <FallbackNote language={principle.language} show={principle.isFallback} />
    </>
  );
  return (
    <li value={principle.number}>
      {principle.describesViolence ? (
        // Closed by default and readable without JavaScript: the reader decides whether to open it.
        <details className="content-note">
          <summary>{t("public.contentNote", { number: principle.number })}</summary>
          {text}
        </details>
      ) : (
        text
      )}
    </li>
  );
}

export default function ConsultationPage() {
  const { consultation, takePartHref, hasOutcome } = useLoaderData<typeof loader>();
  const signedIn = useRouteLoaderData<{ signedIn: "participant" | "staff" | null }>("root")?.signedIn === "participant";
  const { t } = useTranslation();
  const { t: tc } = useTranslation("consultations");
  return (
    <article>
      <h1 lang={consultation.contentLanguage}>{consultation.title}</h1>
      <FallbackNote language={consultation.contentLanguage} show={consultation.contentIsFallback} />
      {consultation.description ? <p lang={consultation.contentLanguage}>{consultation.description}</p> : null}
      <dl className="facts">
        <dt>{t("consultation.hosts")}</dt>
        <dd>{consultation.hosts.map((host) => host.name).join(", ")}</dd>
        <dt>{t("consultation.region")}</dt>
        <dd>{consultation.region}</dd>
        <dt>{t("consultation.dates")}</dt>
        <dd>{t("consultation.datesRange", { opens: consultation.opensOn, closes: consultation.closesOn })}</dd>
        <dt>{t("consultation.languages")}</dt>
        <dd>{consultation.languages.map((code) => ownLanguageName(code)).join(", ")}</dd>
      </dl>
      {hasOutcome ? (
        <p>
          <Link to={`/c/${consultation.slug}/outcome`}>{tc("outcome.link")}</Link>
        </p>
      ) : null}

      <section aria-labelledby="way-in" className="card">
        <h2 id="way-in">{tc("public.wayInHeading")}</h2>
        {consultation.acceptsInput ? (
          <>
            <p>{tc("public.takePartHint")}</p>
            {signedIn ? (
              <p>
                <Link className="button-link" to={takePartHref}>
                  {tc("public.takePart")}
                </Link>
              </p>
            ) : (
              // Two ways in, side by side: nobody has to make an account to be heard.
              <ul className="way-in">
                <li>
                  <Link className="button-link" to={takePartHref}>
                    {tc("public.takePartWithout")}
                  </Link>
                  <p className="field__hint">{tc("public.takePartWithoutHint")}</p>
                </li>
                <li>
                  <Link className="button-link button-link--secondary" to={`/join?returnTo=${encodeURIComponent(takePartHref)}`}>
                    {tc("public.takePartWith")}
                  </Link>
                  <p className="field__hint">{tc("public.takePartWithHint")}</p>
                </li>
              </ul>
            )}
          </>
        ) : consultation.refusal ? (
          <p role="status">{tc(consultation.refusal.key, consultation.refusal.values)}</p>
        ) : null}
        {signedIn ? null : (
          <p>
            {tc("public.comeBack")} <Link to="/receipt">{t("nav.receipt")}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="what-happens">
        <h2 id="what-happens">{tc("public.whatHappensHeading")}</h2>
        {consultation.whatHappens ? (
          <>
            {consultation.whatHappens.text.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index} lang={consultation.whatHappens?.language}>
                {paragraph}
              </p>
            ))}
            <FallbackNote language={consultation.whatHappens.language} show={consultation.whatHappens.isFallback} />
          </>
        ) : (
          <p>{tc("public.whatHappensDefault")}</p>
        )}
      </section>

      <h2>{t("consultation.principlesHeading")}</h2>
      <p>{tc("public.principlesIntro")}</p>
      {consultation.principlesByTheme.map((group) => (
        <section key={group.theme} aria-labelledby={`theme-${group.theme}`}>
          <h3 id={`theme-${group.theme}`}>{t(themeLabelKeys[group.theme])}</h3>
          {group.principles.length === 0 ? (
            <p>{tc("public.noPrinciples")}</p>
          ) : (
            <ol className="principles">
              {group.principles.map((principle) => (
                <Principle key={principle.number} principle={principle} />
              ))}
            </ol>
          )}
        </section>
      ))}

      <section aria-labelledby="support">
        <h2 id="support">{tc("public.supportHeading")}</h2>
        <p>{tc("public.supportIntro")}</p>
        <SupportList entries={consultation.supportResources.resources} language={consultation.supportResources.language} />
        <FallbackNote language={consultation.supportResources.language} show={consultation.supportResources.isFallback} />
        <SupportList
          entries={consultation.hosts.flatMap((host) => (host.supportContact ? [{ name: host.name, contact: host.supportContact }] : []))}
        />
      </section>
    </article>
  );
}
