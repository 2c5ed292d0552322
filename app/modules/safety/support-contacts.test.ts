import { describe, expect, it } from "vitest";
import { contactParts } from "./support-contacts";

describe("contact lines become tappable parts", () => {
  it("links e-mail addresses (mailto:) and phone numbers (tel:, digits only), keeping the text between", () => {
    expect(contactParts("escucha@mujeresdelpuente.example · número ficticio 000 000 0000")).toEqual([
      { kind: "email", text: "escucha@mujeresdelpuente.example", href: "mailto:escucha@mujeresdelpuente.example" },
      { kind: "text", text: " · número ficticio " },
      { kind: "phone", text: "000 000 0000", href: "tel:0000000000" },
    ]);
    expect(contactParts("Call +57 (601) 000-0000.")).toEqual([
      { kind: "text", text: "Call " },
      { kind: "phone", text: "+57 (601) 000-0000", href: "tel:+576010000000" },
      { kind: "text", text: "." },
    ]);
  });

  it("reads Arabic-Indic digits, and leaves short numbers and times as text", () => {
    expect(contactParts("رقم ٠١٢ ٣٤٥ ٦٧٨٩")).toEqual([
      { kind: "text", text: "رقم " },
      { kind: "phone", text: "٠١٢ ٣٤٥ ٦٧٨٩", href: "tel:0123456789" },
    ]);
    expect(contactParts("8:00–18:00, room 12")).toEqual([{ kind: "text", text: "8:00–18:00, room 12" }]);
  });

  it("links nothing that is not an address or a number", () => {
    expect(contactParts("Ask at the front desk")).toEqual([{ kind: "text", text: "Ask at the front desk" }]);
    expect(contactParts("javascript:alert(1)@x")).toEqual([{ kind: "text", text: "javascript:alert(1)@x" }]);
  });
});
