import type { MetaFunction } from "@remix-run/node";
import { defaultLanguage, fixedTranslator } from "./config";

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
