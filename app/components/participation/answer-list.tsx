import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { stanceLabelKeys } from "~/modules/submissions/answer-fields";
import type { AnswerGroup, AnsweredQuestion } from "~/modules/submissions/answered-questions";
import { HighlightedText } from "./highlighted-text";

/**
 * A contribution's answers by theme (answered-questions.ts builds the list):
 * on the review step before sending, and in "My contributions" and /receipt
 * afterwards. `level` is the heading level of a theme (its questions one
 * below); `idPrefix` makes the theme headings' ids; `after` adds what the
 * page says under each answer (its use, a link to change it).
 */
export function AnswerList({
  groups,
  level,
  idPrefix,
  after,
}: {
  groups: readonly AnswerGroup[];
  level: 2 | 3;
  idPrefix: string;
  after: (answer: AnsweredQuestion, group: AnswerGroup) => ReactNode;
}) {
  const { t } = useTranslation("participation");
  const ThemeHeading = level === 2 ? "h2" : "h3";
  const QuestionHeading = level === 2 ? "h3" : "h4";
  return groups.map((group) => (
    <section key={group.theme} aria-labelledby={`${idPrefix}-${group.theme}`}>
      <ThemeHeading id={`${idPrefix}-${group.theme}`}>{t(themeLabelKeys[group.theme], { ns: "common" })}</ThemeHeading>
      <ul className="review-list">
        {group.answers.map((answer) => (
          <li key={answer.answerId}>
            <QuestionHeading lang={answer.promptLanguage}>{answer.prompt}</QuestionHeading>
            {answer.stance ? <p>{t(stanceLabelKeys[answer.stance])}</p> : null}
            {answer.optionLabels.length > 0 ? <p>{answer.optionLabels.join(", ")}</p> : null}
            {answer.unreadable ? <p className="field__error">{t("respond.unreadable")}</p> : null}
            {answer.text !== null ? <HighlightedText text={answer.text} spans={answer.spans} /> : null}
            {after(answer, group)}
          </li>
        ))}
      </ul>
    </section>
  ));
}
