import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** The tabs of a consultation's settings pages; the current one is marked for assistive technology. */
export function ConsultationAdminNav({ slug }: { slug: string }) {
  const { t } = useTranslation("consultations");
  const base = `/admin/consultations/${slug}`;
  const links = [
    { to: base, label: t("admin.nav.settings"), end: true },
    { to: `${base}/texts`, label: t("admin.nav.texts"), end: false },
    { to: `${base}/principles`, label: t("admin.nav.principles"), end: false },
    { to: `${base}/questions`, label: t("admin.nav.questions"), end: false },
    { to: `${base}/hosts`, label: t("admin.nav.hosts"), end: false },
  ];
  return (
    <nav aria-label={t("admin.nav.label")}>
      <ul className="link-list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
