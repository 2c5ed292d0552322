import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { browserResources } from "~/modules/i18n/browser-resources";
import { getInitialNamespaces } from "remix-i18next/client";
import { everyPageNamespaces, i18nOptions } from "~/modules/i18n/config";

// The server chose the language; the browser reads it from <html lang> so
// hydration renders the same text, and loads that language's strings only
// (init waits for them). No fallback language in the browser: it would
// download English on every other-language page, and the locale test keeps
// every key present in every language.
async function hydrate() {
  await i18next
    .use(initReactI18next)
    .use(browserResources)
    .init({
      ...i18nOptions,
      // Every page's namespaces, and those the page's routes name in their handle (workspace pages).
      ns: [...new Set([...everyPageNamespaces, ...getInitialNamespaces()])],
      fallbackLng: false,
      lng: document.documentElement.lang || "en",
    });
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
