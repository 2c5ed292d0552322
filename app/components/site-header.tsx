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
      <LanguageSwitcher returnTo={useLocation().pathname} />
    </header>
  );
}
