/**
 * Which interface languages still await review by a native speaker. The six
 * added in issue 14 were translated from English by translators who are not
 * yet checked by a speaker from the communities reached; organisation admins
 * see this mark where they choose a consultation's languages, so they can get
 * the texts checked before inviting people. Participants never see it: a
 * survivor should not be told the words they are reading may be wrong.
 * Remove a language from here once a native speaker has reviewed it (and
 * change the first line of its docs/glossary/<lng>.md).
 */
import type { Language } from "./config";

export const awaitingReview: ReadonlySet<Language> = new Set<Language>(["fa", "fa-AF", "ps", "pt", "uk", "sw"]);

export function awaitsNativeReview(language: Language): boolean {
  return awaitingReview.has(language);
}
