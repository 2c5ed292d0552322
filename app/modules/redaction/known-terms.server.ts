/**
 * Redact once, apply everywhere: the consultation's known names and places.
 * Each term is sealed with its own data key (the term itself identifies
 * someone) and found again by a keyed hash of its normal form, so the same
 * term is listed once however it is accented or cased, and a database dump
 * cannot be searched for a name.
 */
import { DecryptionError, openValue, sealValue, type MasterKeyRing } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { getDb } from "~/modules/db/db.server";
import { logger } from "~/modules/logging/logger.server";
import { keyedHash } from "~/modules/safety/rate-limit.server";
import { normaliseTerm } from "./suggestions/find-terms";

export type KnownTermKind = "name" | "place";

export const knownTermContext = (id: string) => `known-term:${id}`;

export function knownTermLookup(kind: KnownTermKind, term: string): string {
  return keyedHash("known-term", kind, normaliseTerm(term));
}

export function sealKnownTerm(id: string, term: string, ring: MasterKeyRing = getMasterKeyRing()): string {
  return sealValue(term, ring, knownTermContext(id));
}

type Reader = Pick<PrismaClient, "knownTerm"> | Prisma.TransactionClient;

/** The consultation's known terms, opened; a term that cannot be opened is left out (logged by id only). */
export async function listKnownTerms(
  consultationId: string,
  db: Reader = getDb(),
  ring: MasterKeyRing = getMasterKeyRing(),
): Promise<{ names: string[]; places: string[] }> {
  const rows = await db.knownTerm.findMany({ where: { consultationId }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, valueCipher: true } });
  const names: string[] = [];
  const places: string[] = [];
  for (const row of rows) {
    try {
      const value = openValue(row.valueCipher, ring, knownTermContext(row.id));
      (row.kind === "place" ? places : names).push(value);
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      logger.error({ knownTermId: row.id }, "a known term could not be decrypted");
    }
  }
  return { names, places };
}
