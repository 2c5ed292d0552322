import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader({ signedIn }: { signedIn: "participant" | "staff" | null }) {
  const { t } = useTranslation();
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
          <li>
            {signedIn === "participant" ? (
              <Link to="/me">{t("nav.myContributions")}</Link>
            ) : signedIn === "staff" ? (
              <Link to="/staff">{t("nav.staffWorkspace")}</Link>
            ) : (
              <Link to="/login">{t("nav.signIn")}</Link>
            )}
          </li>
        </ul>
      </nav>
      <LanguageSwitcher returnTo={useLocation().pathname} />
    </header>
  );
}
