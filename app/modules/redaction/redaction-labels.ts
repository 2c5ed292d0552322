import type { RedactionKind } from "~/generated/prisma/enums";
import type { SuggestionSource } from "./suggestions/types";

/** Translation keys written out in full, so the unused-key check can see them. */
export const redactionKindKeys: Record<RedactionKind, string> = {
  name: "redaction.kinds.name",
  place: "redaction.kinds.place",
  phone: "redaction.kinds.phone",
  date: "redaction.kinds.date",
  detail: "redaction.kinds.detail",
};

export const suggestionSourceKeys: Record<SuggestionSource, string> = {
  email: "redaction.sources.email",
  url: "redaction.sources.url",
  ipAddress: "redaction.sources.ipAddress",
  idNumber: "redaction.sources.idNumber",
  phone: "redaction.sources.phone",
  date: "redaction.sources.date",
  place: "redaction.sources.place",
  knownPlace: "redaction.sources.knownPlace",
  name: "redaction.sources.name",
  knownName: "redaction.sources.knownName",
  pseudonym: "redaction.sources.pseudonym",
};
