import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { contactParts } from "~/modules/safety/support-contacts";

export type SupportResource = { name: string; description: string; contact: string; language: string };
/** One service or host organisation as the list shows it. */
export type SupportEntry = { name: string; description?: string; contact: string; language?: string };
export type SupportRegion = { region: string; language: string; resources: SupportEntry[]; hostContacts: SupportEntry[] };

/** A contact line with its e-mail addresses and phone numbers as links (mailto:, tel:). */
function Contact({ contact }: { contact: string }) {
  return (
    <p className="support__contact">
      {contactParts(contact).map((part, index) =>
        part.kind === "text" ? (
          <Fragment key={index}>{part.text}</Fragment>
        ) : (
          // Addresses and numbers read left to right, also inside Arabic text.
          <a key={index} href={part.href} dir="ltr">
            {part.text}
          </a>
        ),
      )}
    </p>
  );
}

/**
 * Support services as a list of blocks: name, then description, then
 * contacts, each on its own line, long addresses wrapping (support.css rules
 * in app.css) so nothing runs past a 320 px screen.
 */
export function SupportList({ entries, language }: { entries: readonly SupportEntry[]; language?: string }) {
  if (entries.length === 0) return null;
  return (
    <ul className="support__list">
      {entries.map((entry, index) => (
        <li key={`${index} ${entry.name}`} className="support__item" lang={entry.language ?? language}>
          <p className="support__name">{entry.name}</p>
          {entry.description ? <p className="support__description">{entry.description}</p> : null}
          {entry.contact ? <Contact contact={entry.contact} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** The consultation's support and referral contacts, on every sensitive page. */
export function SupportResources({ resources }: { resources: readonly SupportResource[] }) {
  const { t } = useTranslation("participation");
  return (
    <aside className="support" aria-labelledby="support-heading">
      <h2 id="support-heading">{t("support.heading")}</h2>
      <p>{t("support.intro")}</p>
      <SupportList entries={resources} />
      <p>
        <a href="/safety">{t("support.safetyLink")}</a>
      </p>
    </aside>
  );
}

/**
 * Support by region, for pages that belong to no one consultation page
 * (/me, /receipt): the regions of the person's input when known, else all.
 */
export function RegionalSupport({ regions }: { regions: readonly SupportRegion[] }) {
  const { t } = useTranslation("participation");
  return (
    <aside className="support" aria-labelledby="support-heading">
      <h2 id="support-heading">{t("support.heading")}</h2>
      <p>{t("support.intro")}</p>
      {regions.map((region) => (
        <Fragment key={region.region}>
          <h3>{region.region}</h3>
          <SupportList entries={region.resources} language={region.language} />
          <SupportList entries={region.hostContacts} />
        </Fragment>
      ))}
      <p>
        <a href="/safety">{t("support.safetyLink")}</a>
      </p>
    </aside>
  );
}
