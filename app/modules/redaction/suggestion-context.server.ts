/**
 * What the suggestions need to know about a contribution: its
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

type ConsultationPart = { languages: string[]; city: string; country: string; countryCode?: string; knownNames: string[]; knownPlaces: string[] };

async function consultationPart(consultationId: string): Promise<ConsultationPart> {
  const consultation = await getDb().consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: { regionCity: true, regionCountry: true, languages: true },
  });
  const known = await listKnownTerms(consultationId);
  return {
    languages: consultation.languages,
    city: consultation.regionCity,
    country: consultation.regionCountry,
    countryCode: countryCodeOf(consultation.regionCountry),
    knownNames: known.names,
    knownPlaces: known.places,
  };
}

/**
 * The contexts of many contributions at once (a page of the queue): the
 * consultation's part is read once per consultation, the pseudonym once per
 * participant.
 */
export async function loadSuggestionContexts(submissionIds: readonly string[]): Promise<Map<string, SuggestionContext>> {
  const submissions = await getDb().submission.findMany({
    where: { id: { in: [...submissionIds] } },
    select: { id: true, language: true, participantId: true, consultationId: true },
  });
  const consultations = new Map<string, ConsultationPart>();
  const pseudonyms = new Map<string, string[]>();
  const contexts = new Map<string, SuggestionContext>();
  for (const submission of submissions) {
    let consultation = consultations.get(submission.consultationId);
    if (!consultation) {
      consultation = await consultationPart(submission.consultationId);
      consultations.set(submission.consultationId, consultation);
    }
    let pseudonymNames: string[] = [];
    if (submission.participantId) {
      pseudonymNames = pseudonyms.get(submission.participantId) ?? pseudonymWords(await readOwnPseudonym(submission.participantId));
      pseudonyms.set(submission.participantId, pseudonymNames);
    }
    contexts.set(submission.id, {
      languages: [submission.language, ...consultation.languages.filter((language) => language !== submission.language)],
      country: consultation.countryCode,
      gazetteerPlaces: gazetteerPlaces(consultation.countryCode),
      places: placesFor(submission.language, { city: consultation.city, country: consultation.country }),
      knownNames: consultation.knownNames,
      knownPlaces: consultation.knownPlaces,
      pseudonymNames,
    });
  }
  return contexts;
}

export async function loadSuggestionContext(submissionId: string): Promise<SuggestionContext> {
  const context = (await loadSuggestionContexts([submissionId])).get(submissionId);
  if (!context) throw new Error("no such contribution");
  return context;
}
