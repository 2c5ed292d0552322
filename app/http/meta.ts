import type { MetaFunction } from "@remix-run/node";
import i18next, { type TFunction } from "i18next";
import { defaultLanguage, isSupportedLanguage } from "~/modules/i18n/config";

/**
 * Meta functions run on the server and, after client-side navigations, in the
 * browser: both translate with i18next's global instance, which holds every
 * language on the server (i18n.server.ts) and the page's own in the browser
 * (entry.client.tsx).
 */
function fixedTranslator(language: string): TFunction {
  return i18next.getFixedT(isSupportedLanguage(language) ? language : defaultLanguage);
}

type RootData = { language?: string } | undefined;

function languageFromMatches(matches: ReadonlyArray<{ id: string; data: unknown }>): string {
  const root = matches.find((match) => match.id === "root")?.data as RootData;
  return root?.language ?? defaultLanguage;
}

/** A route's <title>, translated into the page's language: "<page> · Convene". */
export function titleMeta(key: string): MetaFunction {
  return ({ matches }) => {
    const t = fixedTranslator(languageFromMatches(matches));
    return [{ title: `${t(key)} · ${t("appName")}` }];
  };
}

/** For routes whose title comes from their own data (a consultation's name). */
export function dataTitleMeta<Data>(pick: (data: Data) => string | undefined): MetaFunction {
  return ({ data, matches }) => {
    const t = fixedTranslator(languageFromMatches(matches));
    const title = data ? pick(data as Data) : undefined;
    return [{ title: title ? `${title} · ${t("appName")}` : t("appName") }];
  };
}

/** For routes whose title is built from their own data with the page's translations. */
export function translatedTitleMeta<Data>(build: (t: TFunction, data: Data | undefined) => string): MetaFunction {
  return ({ data, matches }) => {
    const t = fixedTranslator(languageFromMatches(matches));
    return [{ title: `${build(t, data as Data | undefined)} · ${t("appName")}` }];
  };
}
