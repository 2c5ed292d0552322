import { data, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  useLoaderData,
  useLocation,
  useRouteLoaderData,
  useParams,
  useRouteError,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { ErrorPage } from "~/components/error-page";
import { LanguageFont } from "~/components/language-font";
import { Notice } from "~/components/notice";
import { useNonce } from "~/components/nonce";
import { SiteHeader } from "~/components/site-header";
import { QuickExit, quickExitHref, quickExitScript } from "~/components/quick-exit";
import { getActor, type Actor } from "~/modules/auth/actor.server";
import { wasNotSaved } from "~/modules/forms/keep-form-offline";
import { whenDatabaseDown } from "~/http/keep-form-when-database-down.server";
import { detectLanguage } from "~/http/i18n.server";
import { textDirection } from "~/modules/i18n/config";
import { leaveAgainIfExited } from "~/http/quick-exit.server";
import { takeNotice } from "~/http/notice.server";
import stylesheet from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await leaveAgainIfExited(request);
  // Database unreachable: the header cannot know who is signed in, but the page (and any form kept in it) still renders.
  const actor = await whenDatabaseDown((): Promise<Actor> => getActor(request), (): Actor => ({ kind: "anonymous" }));
  const signedIn: "participant" | "staff" | null =
    actor.kind === "participant" ? "participant" : actor.kind === "staff" ? "staff" : null;
  const { notice, headers } = await takeNotice(request);
  return data({ language: await detectLanguage(request), signedIn, notice }, { headers });
}

/** A form kept after a failed send must not be replaced by the error page of a reload failing the same way. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  wasNotSaved(actionResult) ? false : defaultShouldRevalidate;

export function Layout({ children }: { children: ReactNode }) {
  const { i18n, t } = useTranslation();
  const nonce = useNonce();
  const params = useParams();
  const language = i18n.language;
  const exitHref = quickExitHref(params.slug);
  return (
    // The quick-exit script adds classes to <html> before React hydrates.
    <html lang={language} dir={textDirection(language)} suppressHydrationWarning>
      <head>
        <meta charSet="utf-8" />
        {/* First, before the stylesheet and the app's modules: the quick exit works as soon as the page shows. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: quickExitScript }} suppressHydrationWarning />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <Meta />
        <Links />
        <LanguageFont language={language} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        <QuickExit href={exitHref} />
        <SiteHeader signedIn={useRouteLoaderData<typeof loader>("root")?.signedIn ?? null} />
        <main id="main" tabIndex={-1}>
          <Notice />
          {children}
        </main>
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/**
 * With JavaScript, a new page arrives without a page load, and focus would
 * stay on the button that was pressed (often at the bottom, now gone). So
 * after each client-side navigation focus moves to the new page's heading —
 * unless the page opens with an error summary, which takes focus itself, or
 * the address names a place in the page. Not on the first load: there the
 * browser starts at the top as usual.
 */
function useFocusHeadingAfterNavigation() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (location.hash || document.querySelector("main .error-summary")) return;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [location.key, location.hash]);
}

/**
 * The sticky Quick exit bar's height, for scroll-padding (app.css): what has
 * focus is never scrolled under the bar (WCAG 2.4.11). The stylesheet's
 * fallback covers the bar before this runs and without JavaScript; this
 * follows it when its hint shows or it wraps onto more lines.
 */
function useQuickExitHeight() {
  useEffect(() => {
    const bar = document.querySelector<HTMLElement>(".quick-exit");
    if (!bar || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty("--quick-exit-height", `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
}

export default function App() {
  // Keeps i18next in step when the language changes without a full reload.
  useChangeLanguage(useLoaderData<typeof loader>().language);
  useFocusHeadingAfterNavigation();
  useQuickExitHeight();
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return <ErrorPage status={status} data={isRouteErrorResponse(error) ? error.data : undefined} />;
}
