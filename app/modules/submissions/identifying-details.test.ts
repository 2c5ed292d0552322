import { describe, expect, it } from "vitest";
import { findIdentifyingDetails, placesFor, splitBySpans } from "./identifying-details";

const found = (text: string, places: string[] = []) =>
  findIdentifyingDetails(text, places).map((span) => [span.kind, text.slice(span.start, span.end)]);

describe("identifying-detail check", () => {
  it("finds emails, web addresses and phone numbers", () => {
    expect(found("Mail me at ana_p@correo.example.co or see https://blog.example.org/p?id=3 and www.site.net")).toEqual([
      ["email", "ana_p@correo.example.co"],
      ["url", "https://blog.example.org/p?id=3"],
      ["url", "www.site.net"],
    ]);
    expect(found("Call +57 (300) 123-4567 or 3001234567, not 2024 or 12 345.")).toEqual([
      ["phone", "+57 (300) 123-4567"],
      ["phone", "3001234567"],
    ]);
  });

  it("finds phone numbers written in Arabic-Indic and Extended Arabic-Indic digits", () => {
    expect(found("اتصلوا على ٠٧٩٠ ١٢٣ ٤٥٦٧ من فضلكم")).toEqual([["phone", "٠٧٩٠ ١٢٣ ٤٥٦٧"]]);
    expect(found("شماره ۰۹۱۲۳۴۵۶۷۸۹")).toEqual([["phone", "۰۹۱۲۳۴۵۶۷۸۹"]]);
  });

  it("finds capitalised name-like pairs, but not a lone capital at the start of a sentence", () => {
    expect(found("I spoke with Ana María Pérez yesterday. When Carlos Ruiz came, Women met.")).toEqual([
      ["name", "Ana María Pérez"],
      ["name", "Carlos Ruiz"],
    ]);
    expect(found("Education matters. Health too.")).toEqual([]);
  });

  it("finds the consultation's places and known places, however they are accented or cased", () => {
    const places = placesFor("es", { city: "Bogotá", country: "Colombia" });
    expect(found("vivo en bogota, cerca de MEDELLÍN, en colombia", places)).toEqual([
      ["place", "bogota"],
      ["place", "MEDELLÍN"],
      ["place", "colombia"],
    ]);
    expect(found("أعيش في بوغوتا", placesFor("ar", {}))).toEqual([["place", "بوغوتا"]]);
    // Whole words only.
    expect(found("Calidad y calidez", places)).toEqual([]);
  });

  it("returns sorted spans that never overlap, and cuts the text at them", () => {
    const text = "Write to maria@example.org in Cali";
    const spans = findIdentifyingDetails(text, ["Cali"]);
    expect(splitBySpans(text, spans)).toEqual([
      { text: "Write to " },
      { text: "maria@example.org", kind: "email" },
      { text: " in " },
      { text: "Cali", kind: "place" },
    ]);
    expect(splitBySpans("nothing here", [])).toEqual([{ text: "nothing here" }]);
  });
});
