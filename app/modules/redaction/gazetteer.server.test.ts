import { describe, expect, it } from "vitest";
import { countryCodeOf, gazetteerPlaces } from "./gazetteer.server";

describe("the region's gazetteer", () => {
  it("reads the country however an admin wrote it", () => {
    for (const typed of ["Colombia", "Colombie", "كولومبيا", "co", " colombia "]) expect(countryCodeOf(typed)).toBe("CO");
    expect(countryCodeOf("Atlantis")).toBeUndefined();
  });

  it("holds the country's names, regions and towns, and nothing of other countries", () => {
    const places = gazetteerPlaces("CO");
    expect(places).toEqual(expect.arrayContaining(["Colombia", "Colombie", "Antioquia", "Cundinamarca", "Zipaquirá", "Medellín"]));
    expect(places).not.toContain("Quito");
    expect(gazetteerPlaces(undefined)).toEqual([]);
  });
});
