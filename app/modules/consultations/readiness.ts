/**
 * What each offered language still lacks before participants can read the
 * whole consultation in it (issue 10, bug 7). A language counts as done
 * only when the title, each text the main language has, every principle of
 * the draft version in use and every question (with its options) are
 * there; a title alone is not enough. Pure, so it is tested without a page.
 */
export type LanguageReadiness = {
  language: string;
  done: boolean;
  /** Which of the consultation's own texts are missing: "title", "description", "whatHappens". */
  missingTexts: Array<"title" | "description" | "whatHappens">;
  /** Numbers of the principles with no title in this language. */
  missingPrinciples: number[];
  /** Questions with no prompt (or some option without a label) in this language, labelled in the main language. */
  missingQuestions: Array<{ id: string; label: string }>;
};

type Text = { language: string; title: string; description: string; whatHappens: string };
type Principle = { number: number; translations: ReadonlyArray<{ language: string; title: string }> };
type Question = {
  id: string;
  translations: ReadonlyArray<{ language: string; prompt: string }>;
  options: ReadonlyArray<{ translations: ReadonlyArray<{ language: string; label: string }> }>;
};

export function languageReadiness(input: {
  languages: readonly string[];
  texts: readonly Text[];
  principles: readonly Principle[];
  questions: readonly Question[];
}): LanguageReadiness[] {
  const mainLanguage = input.languages[0] ?? "en";
  const main = input.texts.find((text) => text.language === mainLanguage);
  const questionLabel = (question: Question) =>
    (question.translations.find((text) => text.language === mainLanguage) ?? question.translations[0])?.prompt ?? "";
  return input.languages.map((language) => {
    const text = input.texts.find((candidate) => candidate.language === language);
    const missingTexts: LanguageReadiness["missingTexts"] = [];
    if (!text?.title.trim()) missingTexts.push("title");
    // A text the main language leaves empty is not expected of the others either.
    if ((language === mainLanguage || main?.description.trim()) && !text?.description.trim()) missingTexts.push("description");
    if ((language === mainLanguage || main?.whatHappens.trim()) && !text?.whatHappens.trim()) missingTexts.push("whatHappens");
    const missingPrinciples = input.principles
      .filter((principle) => !principle.translations.some((candidate) => candidate.language === language && candidate.title.trim()))
      .map((principle) => principle.number);
    const missingQuestions = input.questions
      .filter(
        (question) =>
          !question.translations.some((candidate) => candidate.language === language && candidate.prompt.trim()) ||
          question.options.some((option) => !option.translations.some((candidate) => candidate.language === language && candidate.label.trim())),
      )
      .map((question) => ({ id: question.id, label: questionLabel(question) }));
    return {
      language,
      done: missingTexts.length === 0 && missingPrinciples.length === 0 && missingQuestions.length === 0,
      missingTexts,
      missingPrinciples,
      missingQuestions,
    };
  });
}
