import { describe, expect, it } from "vitest";
import { languageReadiness } from "~/modules/consultations/readiness";

const texts = [
  { language: "en", title: "Bogotá", description: "What to say.", whatHappens: "Facilitators read it." },
  { language: "es", title: "Bogotá", description: "", whatHappens: "" },
];
const principles = [
  { number: 1, translations: [{ language: "en", title: "One" }, { language: "es", title: "Uno" }] },
  { number: 2, translations: [{ language: "en", title: "Two" }] },
];
const questions = [
  {
    id: "q1",
    translations: [{ language: "en", prompt: "Which?" }, { language: "es", prompt: "¿Cuál?" }],
    options: [{ translations: [{ language: "en", label: "A" }] }, { translations: [{ language: "en", label: "B" }, { language: "es", label: "B" }] }],
  },
];

describe("language readiness (issue 10, bug 7)", () => {
  it("a title alone does not make a language done: texts, principles and option labels count", () => {
    const [english, spanish] = languageReadiness({ languages: ["en", "es"], texts, principles, questions });
    expect(english).toEqual({ language: "en", done: true, missingTexts: [], missingPrinciples: [], missingQuestions: [] });
    expect(spanish).toEqual({
      language: "es",
      done: false,
      missingTexts: ["description", "whatHappens"],
      missingPrinciples: [2],
      missingQuestions: [{ id: "q1", label: "Which?" }],
    });
  });

  it("does not ask for a text the main language leaves empty", () => {
    const [, spanish] = languageReadiness({
      languages: ["en", "es"],
      texts: [{ ...texts[0]!, description: "", whatHappens: "" }, texts[1]!],
      principles: [],
      questions: [],
    });
    expect(spanish?.done).toBe(true);
  });
});
