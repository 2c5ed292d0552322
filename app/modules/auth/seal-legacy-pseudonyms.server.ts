/**
 * Rows written before pseudonyms were sealed hold the pseudonym in plain
 * text and a plain lower-cased `pseudonymKey`. This seals each such value
 * into `pseudonymCipher`, replaces the key with its keyed hash and empties
 * the plain column, one row at a time and only if the row is still as read.
 * SQL cannot do it (the master key never reaches the database), so it runs at
 * every start before the server listens (scripts/start.ts), and as
 * `npm run admin -- seal-pseudonyms`; with nothing left it is one query.
 */
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import type { MasterKeyRing } from "~/modules/crypto/envelope.server";
import { getDb } from "~/modules/db/db.server";
import { pseudonymLookup, sealPseudonym } from "./pseudonym.server";

export async function sealLegacyPseudonyms(ring: MasterKeyRing = getMasterKeyRing(), batchSize = 200): Promise<number> {
  const db = getDb();
  let sealed = 0;
  let afterId = "";
  for (;;) {
    const rows = await db.participant.findMany({
      where: { id: { gt: afterId }, pseudonym: { not: null } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, pseudonym: true, pseudonymKey: true },
    });
    if (rows.length === 0) return sealed;
    afterId = rows[rows.length - 1]!.id;
    for (const row of rows) {
      const updated = await db.participant.updateMany({
        where: { id: row.id, pseudonym: row.pseudonym, pseudonymKey: row.pseudonymKey },
        data: { pseudonymCipher: sealPseudonym(row.id, row.pseudonym!, ring), pseudonymKey: pseudonymLookup(row.pseudonym!), pseudonym: null },
      });
      sealed += updated.count;
    }
  }
}
