import { createCookie } from "@remix-run/node";
import i18next, { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { RemixI18Next } from "remix-i18next/server";
import { defaultLanguage, i18nOptions, isSupportedLanguage, supportedLanguages, type Language } from "~/modules/i18n/config";
import { resources } from "~/modules/i18n/resources.server";

/** i18next on the server: every language, bundled, so initialisation is synchronous. */
export const serverI18nOptions = { ...i18nOptions, resources, initImmediate: false };

// Route meta functions (meta.ts) translate with i18next's global instance, in
// the browser and here alike; on the server it holds every language.
if (!i18next.isInitialized) void i18next.init(serverI18nOptions);

/** The chosen interface language; nothing else is kept in it. */
export const languageCookie = createCookie("lng", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: process.env.NODE_ENV === "production",
  maxAge: 60 * 60 * 24 * 365,
});

const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage: defaultLanguage,
    cookie: languageCookie,
    order: ["searchParams", "cookie", "header"],
  },
  i18next: serverI18nOptions,
});

export async function detectLanguage(request: Request): Promise<Language> {
  const detected = await detector.getLocale(request);
  return isSupportedLanguage(detected) ? detected : defaultLanguage;
}

/**
 * One initialised i18next instance per language, made on first use and then
 * shared by every request in that language. Creating and initialising one
 * per request (as remix-i18next's example does) cost ~0.3 ms of CPU and a
 * few hundred short-lived objects on every page (docs/performance.md). Safe
 * to share: nothing on the server changes an instance's language or
 * resources after init (the browser's useChangeLanguage runs in an effect,
 * never during server rendering).
 */
const instances = new Map<Language, Promise<I18n>>();

export function i18nFor(language: Language): Promise<I18n> {
  let instance = instances.get(language);
  if (!instance) {
    const created = createInstance();
    instance = created
      .use(initReactI18next)
      .init({ ...serverI18nOptions, lng: language })
      .then(() => created);
    instances.set(language, instance);
  }
  return instance;
}

export async function translatorFor(language: Language): Promise<TFunction> {
  return (await i18nFor(language)).getFixedT(language);
}

/** A translator usable outside a request (refusal pages, tests). */
export function fixedTranslator(language: string): TFunction {
  return i18next.getFixedT(isSupportedLanguage(language) ? language : defaultLanguage);
}
