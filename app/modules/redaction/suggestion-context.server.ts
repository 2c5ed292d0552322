/**
 * What the suggestions need to know about one contribution: its
 * consultation's region (gazetteer, phone numbering), its own places, its
 * known names and places, and the words of the participant's pseudonym —
 * opened here in the application and never logged or sent to the page.
 */
import { readOwnPseudonym } from "~/modules/auth/pseudonym.server";
import { getDb } from "~/modules/db/db.server";
import { placesFor } from "~/modules/submissions/identifying-details";
import { countryCodeOf, gazetteerPlaces } from "./gazetteer.server";
import { listKnownTerms } from "./known-terms.server";
import type { SuggestionContext } from "./suggest-redactions";

/** "Rosa María del Valle" → ["Rosa", "María", "Valle"]: the words long enough to be a name. */
export function pseudonymWords(pseudonym: string | null): string[] {
  if (!pseudonym) return [];
  return (pseudonym.match(/[\p{L}\p{M}]+/gu) ?? []).filter((word) => [...word].length >= 3 && !/^\p{Ll}{1,3}$/u.test(word));
}

export async function loadSuggestionContext(submissionId: string): Promise<SuggestionContext> {
  const submission = await getDb().submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: {
      language: true,
      participantId: true,
      consultation: { select: { id: true, regionCity: true, regionCountry: true, languages: true } },
    },
  });
  const { consultation } = submission;
  const country = countryCodeOf(consultation.regionCountry);
  const known = await listKnownTerms(consultation.id);
  const pseudonym = submission.participantId ? await readOwnPseudonym(submission.participantId) : null;
  return {
    languages: [submission.language, ...consultation.languages.filter((language) => language !== submission.language)],
    country,
    gazetteerPlaces: gazetteerPlaces(country),
    places: placesFor(submission.language, { city: consultation.regionCity, country: consultation.regionCountry }),
    knownNames: known.names,
    knownPlaces: known.places,
    pseudonymNames: pseudonymWords(pseudonym),
  };
}
