import { useTranslation } from "react-i18next";

export function quickExitHref(consultationSlug?: string): string {
  return consultationSlug ? `/exit?from=${encodeURIComponent(consultationSlug)}` : "/exit";
}

/**
 * The quick exit's behaviour, as a tiny self-contained script that root.tsx
 * puts first in <head> with the request's CSP nonce. It runs while the page
 * is still arriving, so on a slow phone Shift ×3 and the button work as soon
 * as the page is visible — not only once the app's JavaScript has downloaded
 * and React has hydrated (9 s on a throttled profile). React renders only the
 * markup; the handlers here read the exit address from the button at the
 * moment of leaving, so they follow client-side navigations.
 *
 * - The button and the hidden link (`data-quick-exit`): blank the page at
 *   once (class on <html>, see app.css) and leave with location.replace(),
 *   which removes the page being left from history.
 * - Shift pressed three times within five seconds does the same; Shift used
 *   as a modifier (Shift+A) is typing and starts the count again.
 * - `quick-exit-keys` on <html> shows the Shift hint only where it can work:
 *   this script runs and there is a keyboard — a fine pointer (a computer)
 *   or a key press from a real keyboard (on-screen keyboards report key 229
 *   or "Unidentified"). Touch-only phones and pages without JavaScript do not
 *   show it.
 * - A page restored from the back/forward cache after leaving leaves again.
 *
 * Plain ES5 in a string (not a compiled function) so the server's and the
 * browser's copies are the same text. The guard makes a second copy inert.
 */
export const quickExitScript = `(function () {
  if (window.__conveneQuickExit) return;
  window.__conveneQuickExit = true;
  var root = document.documentElement;
  var leaving = false;
  var presses = [];
  function exitLink(target) {
    return target && target.closest ? target.closest("[data-quick-exit]") : null;
  }
  function leave(link) {
    var button = link || document.querySelector(".quick-exit__button");
    var href = (button && button.getAttribute("href")) || "/exit";
    leaving = true;
    root.classList.add("quick-exit-active");
    window.location.replace(href);
  }
  if (window.matchMedia && window.matchMedia("(any-pointer: fine)").matches) root.classList.add("quick-exit-keys");
  window.addEventListener("keydown", function (event) {
    if (event.key && event.key !== "Unidentified" && event.keyCode !== 229) root.classList.add("quick-exit-keys");
    var link = exitLink(event.target);
    if (event.key === " " && link && link.getAttribute("role") === "button") {
      event.preventDefault();
      leave(link);
      return;
    }
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    if (event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (time) { return now - time < 5000; });
    presses.push(now);
    if (presses.length >= 3) leave(null);
  }, true);
  document.addEventListener("click", function (event) {
    var link = exitLink(event.target);
    if (!link || event.button !== 0) return;
    event.preventDefault();
    leave(link);
  }, true);
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && leaving) leave(null);
  });
})();`;

/**
 * GOV.UK "Exit this page" pattern. Without JavaScript this is a plain link
 * to /exit; with it, quickExitScript (above) makes it blank the page and
 * replace the history entry.
 *
 * The bar is a labelled landmark so that everything in it — the hidden link
 * and the Shift hint too — belongs to a region a screen reader can list and
 * skip (axe `region`). An <aside> rather than part of the <header>: the bar
 * is sticky, and a sticky element sticks only inside its parent, so it must
 * stay a child of <body>.
 */
export function QuickExit({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <aside className="quick-exit" aria-label={t("quickExit.regionLabel")}>
      <QuickExitHiddenLink href={href} />
      <a className="quick-exit__button" href={href} role="button" data-quick-exit="">
        {t("quickExit.button")}
      </a>
      <p className="quick-exit__hint">{t("quickExit.shortcutHint")}</p>
      <div className="quick-exit__overlay" aria-hidden="true" />
    </aside>
  );
}

/**
 * The hidden link right after the skip link, for assistive technology: the
 * same exit as the button (blank page, history entry replaced) when
 * JavaScript runs.
 */
function QuickExitHiddenLink({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <a className="visually-hidden-focusable" href={href} data-quick-exit="">
      {t("quickExit.hiddenLink")}
    </a>
  );
}
