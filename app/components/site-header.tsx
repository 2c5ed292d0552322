import { Link, useLocation, useMatches } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "./language-switcher";

type LanguageFormHandle = { languageFormId?: (loaderData: unknown) => string | undefined };

/** The form a page wants the language choice sent with (see LanguageSwitcher), if any. */
function usePageLanguageForm(): string | undefined {
  const page = useMatches().at(-1);
  return (page?.handle as LanguageFormHandle | undefined)?.languageFormId?.(page?.data);
}

export function SiteHeader({ signedIn }: { signedIn: "participant" | "staff" | null }) {
  const { t } = useTranslation();
  const location = useLocation();
  const languageFormId = usePageLanguageForm();
  return (
    <header className="site-header">
      <Link className="site-header__name" to="/">
        {t("appName")}
      </Link>
      <nav aria-label={t("nav.label")}>
        <ul className="site-header__nav">
          <li>
            <Link to="/">{t("nav.home")}</Link>
          </li>
          <li>
            <Link to="/safety">{t("nav.safety")}</Link>
          </li>
          {signedIn === "participant" ? (
            <li>
              <Link to="/me">{t("nav.myContributions")}</Link>
            </li>
          ) : signedIn === "staff" ? (
            <li>
              <Link to="/staff">{t("nav.staffWorkspace")}</Link>
            </li>
          ) : (
            <>
              {/* The ways back to input given earlier, on every page: with a receipt code, or an account. */}
              <li>
                <Link to="/receipt">{t("nav.receipt")}</Link>
              </li>
              <li>
                <Link to="/login">{t("nav.signIn")}</Link>
              </li>
              <li>
                <Link to="/join">{t("nav.join")}</Link>
              </li>
            </>
          )}
        </ul>
      </nav>
      {/* With the query, so a step (?step=…) is not lost. */}
      <LanguageSwitcher returnTo={location.pathname + location.search} formId={languageFormId} />
    </header>
  );
}
