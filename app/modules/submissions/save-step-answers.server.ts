/**
 * Saves the answers a theme page posted (every button of the page saves
 * first: next, previous, a step, the language, "save for later", autosave).
 * The rules: there is a contribution to save to, it may still be changed by
 * its author, and the consultation takes input now.
 */
import { saveAnswers, isEditable, type WorkingContribution } from "./contributions.server";
import { answersFromForm, type AnswerQuestion } from "./respond-forms";
import type { ParticipationConsultation } from "./participation-consultation.server";
import { refused, type RespondRefusal } from "./respond-refusal";

export type SaveStepResult = { kind: "saved"; working: WorkingContribution } | RespondRefusal;

/** May this contribution be changed through the answering pages now? */
export function editRefusal(
  consultation: Pick<ParticipationConsultation, "inputWindow">,
  working: WorkingContribution | null,
): RespondRefusal | null {
  if (!working) return refused("participation:respond.errors.noContribution");
  if (!isEditable(working.status)) return refused("participation:respond.errors.notEditable");
  if (consultation.inputWindow !== "open") return refused("participation:closed.notAccepting");
  return null;
}

export async function saveStepAnswers(input: {
  consultation: Pick<ParticipationConsultation, "inputWindow">;
  working: WorkingContribution | null;
  questions: readonly AnswerQuestion[];
  values: Record<string, string | undefined>;
}): Promise<SaveStepResult> {
  const refusal = editRefusal(input.consultation, input.working);
  if (refusal) return refusal;
  const working = input.working!;
  if (input.questions.length > 0) {
    const saved = await saveAnswers({ submissionId: working.id, answers: answersFromForm(input.values, input.questions) });
    if (!saved.ok) {
      return refused(saved.reason === "unreadable" ? "participation:respond.unreadable" : "participation:respond.errors.notEditable");
    }
  }
  return { kind: "saved", working };
}
