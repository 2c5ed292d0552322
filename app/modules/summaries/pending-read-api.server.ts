/**
 * TEMPORARY: the lead's published-syntheses.server.ts as declared in
 * tasks/api.md (not on main yet). Until it lands the drafters' principle
 * page shows no syntheses and no quotes; replace this file's import with
 * "./published-syntheses.server" then.
 */
import type { Theme } from "~/generated/prisma/enums";

export async function listPublishedSyntheses(_input: { consultationIds: string[]; theme?: Theme; principleNumber?: number }): Promise<PublishedSynthesis[]> {
  return [];
}

export async function listPublishedQuotes(_input: {
  consultationIds: string[];
  audience: "drafters" | "public";
  theme?: Theme;
  principleNumber?: number;
}): Promise<SummaryQuote[]> {
  return [];
}

export type SynthesisSections = { said: string; change: string; emerging: string };
export type PublishedSynthesis = {
  consultationId: string;
  theme: Theme;
  principleNumber: number | null;
  version: number;
  publishedOn: string;
  markdown: SynthesisSections;
  html: SynthesisSections;
};
export type SummaryQuote = {
  answerId: string;
  consultationId: string;
  theme: Theme;
  principleNumbers: number[];
  text: string;
  language: string;
  kind: "online" | "in_person";
  month: string;
};
