import { useTranslation } from "react-i18next";

export type SupportResource = { name: string; description: string; contact: string; language: string };

/** The consultation's support and referral contacts, on every sensitive page. */
export function SupportResources({ resources }: { resources: readonly SupportResource[] }) {
  const { t } = useTranslation("participation");
  return (
    <aside className="support" aria-labelledby="support-heading">
      <h2 id="support-heading">{t("support.heading")}</h2>
      <p>{t("support.intro")}</p>
      {resources.length > 0 ? (
        <ul className="support__list">
          {resources.map((resource) => (
            <li key={resource.name} lang={resource.language}>
              <strong>{resource.name}</strong>
              {resource.description ? <span className="support__description">{resource.description}</span> : null}
              {resource.contact ? <span className="support__contact">{resource.contact}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href="/safety">{t("support.safetyLink")}</a>
      </p>
    </aside>
  );
}
