import { useEffect } from "react";
import { useTranslation } from "react-i18next";

export function quickExitHref(consultationSlug?: string): string {
  return consultationSlug ? `/exit?from=${encodeURIComponent(consultationSlug)}` : "/exit";
}

const shiftPresses = 3;
const shiftWindowMs = 5_000;

/** Set once the person has asked to leave; survives a back/forward-cache restore. */
let leaving = false;

function leave(href: string) {
  leaving = true;
  // Blank the page at once, before the network answers.
  document.documentElement.classList.add("quick-exit-active");
  // replace(), not assign(): the page being left is removed from history.
  window.location.replace(href);
}

/**
 * GOV.UK "Exit this page" pattern. Without JavaScript this is a plain link
 * to /exit; with it, the button blanks the page and replaces the history
 * entry, and pressing Shift three times within five seconds does the same.
 */
export function QuickExit({ href }: { href: string }) {
  const { t } = useTranslation();

  useEffect(() => {
    let pressTimes: number[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      // Shift used as a modifier (Shift+A) is typing, not a quick-exit press.
      if (event.key !== "Shift") {
        pressTimes = [];
        return;
      }
      if (event.repeat) return;
      const now = Date.now();
      pressTimes = [...pressTimes.filter((time) => now - time < shiftWindowMs), now];
      if (pressTimes.length >= shiftPresses) leave(href);
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted && leaving) leave(href);
    };
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [href]);

  return (
    <div className="quick-exit">
      <a
        className="quick-exit__button"
        href={href}
        role="button"
        onClick={(event) => {
          event.preventDefault();
          leave(href);
        }}
        onKeyDown={(event) => {
          // A role="button" link should answer Space like a button does.
          if (event.key === " ") {
            event.preventDefault();
            leave(href);
          }
        }}
      >
        {t("quickExit.button")}
      </a>
      <p className="quick-exit__hint">{t("quickExit.shortcutHint")}</p>
      <div className="quick-exit__overlay" aria-hidden="true" />
    </div>
  );
}

/**
 * The hidden link after the skip link, for assistive technology: the same
 * exit as the button (blank page, history entry replaced) when JavaScript runs.
 */
export function QuickExitHiddenLink({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="visually-hidden-focusable"
      href={href}
      onClick={(event) => {
        event.preventDefault();
        leave(href);
      }}
    >
      {t("quickExit.hiddenLink")}
    </a>
  );
}
