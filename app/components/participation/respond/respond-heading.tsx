import { Link } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RespondPage } from "~/modules/submissions/respond-page.server";
import { actionOutcomeOf, respondTitle } from "~/modules/submissions/respond-title";

/** The consultation's name (a link to its page) above the step's heading. */
export function RespondHeading({ page, children }: { page: RespondPage; children: ReactNode }) {
  return (
    <>
      <p className="participation__consultation" lang={page.titleLanguage}>
        <Link to={`/c/${page.slug}`}>{page.title}</Link>
      </p>
      <h1>{children}</h1>
    </>
  );
}

/**
 * With JavaScript the action's answer arrives without a new document, and
 * meta cannot see it: the page names itself (respond-title.ts).
 */
export function useRespondTitle(page: RespondPage, reply: unknown) {
  const { t } = useTranslation("participation");
  const title = `${respondTitle(t, page.stepTitle, actionOutcomeOf(reply))} · ${t("appName", { ns: "common" })}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
