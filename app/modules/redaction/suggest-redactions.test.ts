import { describe, expect, it } from "vitest";
import { suggestRedactions, type SuggestionContext } from "./suggest-redactions";

const context = (language: string, extra: Partial<SuggestionContext> = {}): SuggestionContext => ({
  languages: [language],
  country: "CO",
  gazetteerPlaces: ["Bogotá", "Florida", "San José del Guaviare"],
  places: [],
  knownNames: [],
  knownPlaces: [],
  pseudonymNames: [],
  ...extra,
});

const suggested = (text: string, ctx: SuggestionContext) =>
  suggestRedactions(text, ctx).map((span) => [span.kind, span.source, text.slice(span.start, span.end)]);

describe("redaction suggestions, per language", () => {
  it("English: email, phone, web address, date and a name after a cue", () => {
    const text = "Write to ana.p@correo.example.org or call 300 123 4567. See https://blog.example.org/p. On 12 March 2024 my husband Carlos came back.";
    expect(suggested(text, context("en"))).toEqual([
      ["detail", "email", "ana.p@correo.example.org"],
      ["phone", "phone", "300 123 4567"],
      ["detail", "url", "https://blog.example.org/p"],
      ["date", "date", "12 March 2024"],
      ["name", "name", "Carlos"],
    ]);
  });

  it("Spanish", () => {
    const text = "Escriban a rosa@ejemplo.org o llamen al +57 301 555 0199, vean www.ejemplo.net. El 3 de mayo de 2023 mi esposo Pedro Gómez me amenazó.";
    expect(suggested(text, context("es"))).toEqual([
      ["detail", "email", "rosa@ejemplo.org"],
      ["phone", "phone", "+57 301 555 0199"],
      ["detail", "url", "www.ejemplo.net"],
      ["date", "date", "3 de mayo de 2023"],
      ["name", "name", "Pedro Gómez"],
    ]);
  });

  it("French", () => {
    const text = "Écrivez à marie@exemple.org ou au 310 222 3344 ; voir https://exemple.org/page. Le 14 juillet 2022, mon mari Jean est parti.";
    expect(suggested(text, context("fr"))).toEqual([
      ["detail", "email", "marie@exemple.org"],
      ["phone", "phone", "310 222 3344"],
      ["detail", "url", "https://exemple.org/page"],
      ["date", "date", "14 juillet 2022"],
      ["name", "name", "Jean"],
    ]);
  });

  it("Arabic, with Arabic-Indic digits and a kinship cue", () => {
    const text = "راسلوني على layla@example.org أو اتصلوا على ٣٠٠١٢٣٤٥٦٧ وانظروا www.example.com في ١٢ آذار ٢٠٢٤ زوجي أحمد كان يهددني";
    expect(suggested(text, context("ar"))).toEqual([
      ["detail", "email", "layla@example.org"],
      ["phone", "phone", "٣٠٠١٢٣٤٥٦٧"],
      ["detail", "url", "www.example.com"],
      ["date", "date", "١٢ آذار ٢٠٢٤"],
      ["name", "name", "أحمد"],
    ]);
  });
});

describe("redaction suggestions, lists and details", () => {
  it("finds IP-like and ID-like numbers and numeric dates", () => {
    const text = "From 192.168.10.4, passport AB 1234567, on 2024-03-12 and 12/03/24.";
    expect(suggested(text, context("en"))).toEqual([
      ["detail", "ipAddress", "192.168.10.4"],
      ["detail", "idNumber", "AB 1234567"],
      ["date", "date", "2024-03-12"],
      ["date", "date", "12/03/24"],
    ]);
  });

  it("finds the region's places only when capitalised, the consultation's known terms and the pseudonym's words", () => {
    const text = "We left Bogota for San José del Guaviare; la florida es bonita. Tía Rosita lives near the mill with Lucero.";
    const ctx = context("en", { knownNames: ["rosita"], knownPlaces: ["the mill"], pseudonymNames: ["Lucero"] });
    expect(suggested(text, ctx)).toEqual([
      ["place", "place", "Bogota"],
      ["place", "place", "San José del Guaviare"],
      ["name", "knownName", "Rosita"],
      ["place", "knownPlace", "the mill"],
      ["name", "pseudonym", "Lucero"],
    ]);
  });

  it("takes the words after a kinship or role cue for a person, even where a town has that name, and stops at a word of time", () => {
    const english = "My neighbour Florida Reyes was taken.";
    expect(suggested(english, context("en"))).toEqual([["name", "name", "Florida Reyes"]]);
    const arabic = "هددني زوجي أحمد يوم الجمعة";
    expect(suggested(arabic, context("ar"))).toEqual([["name", "name", "أحمد"]]);
    // Without the cue, a listed town written with a capital is a place.
    expect(suggested("We met in Florida.", context("en"))).toEqual([["place", "place", "Florida"]]);
  });

  it("merges overlapping suggestions into one span of the more certain kind", () => {
    const text = "Mail Ana María at ana@maria.org";
    const spans = suggestRedactions(text, context("en", { knownNames: ["Ana María"] }));
    expect(spans.map((span) => [span.source, text.slice(span.start, span.end)])).toEqual([
      ["knownName", "Ana María"],
      ["email", "ana@maria.org"],
    ]);
  });

  it("a language without data still gets the language-neutral suggestions", () => {
    const text = "mail ana@example.org 2024-01-02";
    expect(suggested(text, context("sw")).map(([, source]) => source)).toEqual(["email", "date"]);
  });
});
