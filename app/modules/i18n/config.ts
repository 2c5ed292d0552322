/**
 * Languages Convene's interface ships in. Shared by server and browser.
 * Adding one: add its folder under locales/ (the locale test lists what is
 * missing), its name here, and nothing else.
 */
import { createInstance, type TFunction } from "i18next";
import ar from "../../../locales/ar/common.json";
import arConsultations from "../../../locales/ar/consultations.json";
import arParticipation from "../../../locales/ar/participation.json";
import en from "../../../locales/en/common.json";
import enConsultations from "../../../locales/en/consultations.json";
import enParticipation from "../../../locales/en/participation.json";
import es from "../../../locales/es/common.json";
import esConsultations from "../../../locales/es/consultations.json";
import esParticipation from "../../../locales/es/participation.json";
import fr from "../../../locales/fr/common.json";
import frConsultations from "../../../locales/fr/consultations.json";
import frParticipation from "../../../locales/fr/participation.json";

export const supportedLanguages = ["en", "es", "fr", "ar"] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = "en";

/** Each language named in itself, so a person finds their own. */
export const languageNames: Record<Language, string> = {
  en: "English",
  es: "Español",
  fr: "Français",
  ar: "العربية",
};

const rightToLeft = new Set<string>(["ar", "fa", "fa-AF", "ps", "ckb", "ur", "he"]);

export function textDirection(language: string): "rtl" | "ltr" {
  return rightToLeft.has(language) ? "rtl" : "ltr";
}

export function isSupportedLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

/**
 * Namespaces: "common" (the shell, accounts, staff), "consultations"
 * (organisations, consultations, the draft), "participation" (consent,
 * answering, receipts). Use `useTranslation("participation")` or a key
 * prefixed "participation:" outside React.
 */
export const namespaces = ["common", "consultations", "participation"] as const;

export const resources = {
  en: { common: en, consultations: enConsultations, participation: enParticipation },
  es: { common: es, consultations: esConsultations, participation: esParticipation },
  fr: { common: fr, consultations: frConsultations, participation: frParticipation },
  ar: { common: ar, consultations: arConsultations, participation: arParticipation },
} as const;

export const i18nOptions = {
  supportedLngs: [...supportedLanguages],
  fallbackLng: defaultLanguage,
  defaultNS: "common",
  ns: [...namespaces],
  resources,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
};

const sharedInstance = createInstance();
// Resources are bundled, so initialisation is synchronous with initImmediate off.
void sharedInstance.init({ ...i18nOptions, initImmediate: false });

/** A translator usable outside React and outside a request (meta functions, refusal pages). */
export function fixedTranslator(language: string): TFunction {
  return sharedInstance.getFixedT(isSupportedLanguage(language) ? language : defaultLanguage);
}
