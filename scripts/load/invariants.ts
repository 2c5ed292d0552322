/**
 * What the run showed, checked against the database afterwards (as the owner,
 * read only):
 * - every receipt code shown to an account-less participant maps, through the
 *   keyed-hash lookup the app stores (`Submission.receiptLookup`, computed
 *   with the app's CONVENE_HASH_SECRET), to exactly one stored, sent
 *   contribution of the consultation — "sent" meaning not a draft and not
 *   withdrawn (facilitators hold and approve some during the run);
 * - every account whose page said its input was received (found by its
 *   pseudonym's keyed hash) has exactly one sent contribution;
 * - no code was shown twice, and the contributions sent during the run are
 *   exactly as many as the confirmations shown: none stored without one.
 *
 * Import only after boot (reads the secrets).
 */
import { pseudonymLookup } from "../../app/modules/auth/pseudonym.server.ts";
import { receiptLookupFor } from "../../app/modules/submissions/contribution-secrets.server.ts";
import type { Shown } from "./participants.ts";
import { withClient } from "../../app/modules/db/with-client.server.ts";

export type Check = { ok: boolean; text: string };

const sent = `"status" NOT IN ('draft', 'withdrawn')`;

export async function sentCount(ownerUrl: string, consultationId: string): Promise<number> {
  return withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Submission" WHERE "consultationId" = $1 AND ${sent}`, [consultationId]);
    return rows[0]!.n;
  });
}

export async function checkShownAgainstDatabase(
  ownerUrl: string,
  consultationId: string,
  shown: Shown,
  sentBefore: number,
): Promise<Check[]> {
  return withClient(ownerUrl, async (client) => {
    const checks: Check[] = [];
    const lookups = shown.receiptCodes.map((code) => receiptLookupFor(code));
    const distinctCodes = new Set(shown.receiptCodes).size;
    checks.push({
      ok: distinctCodes === shown.receiptCodes.length,
      text: `${shown.receiptCodes.length} receipt codes shown, ${distinctCodes} distinct`,
    });
    const { rows: receiptRows } = await client.query<{ lookup: string; n: number }>(
      `SELECT "receiptLookup" AS lookup, count(*)::int AS n FROM "Submission"
       WHERE "consultationId" = $1 AND ${sent} AND "receiptLookup" = ANY($2) GROUP BY 1`,
      [consultationId, lookups],
    );
    const perLookup = new Map(receiptRows.map((row) => [row.lookup, row.n]));
    const unmatched = lookups.filter((lookup) => perLookup.get(lookup) !== 1).length;
    checks.push({
      ok: unmatched === 0,
      text: `${lookups.length - unmatched} of ${lookups.length} receipt codes map to exactly one stored, sent submission`,
    });

    const keys = shown.accountPseudonyms.map((pseudonym) => pseudonymLookup(pseudonym));
    const { rows: accountRows } = await client.query<{ key: string; n: number }>(
      `SELECT p."pseudonymKey" AS key, count(s."id")::int AS n FROM "Participant" p
       LEFT JOIN "Submission" s ON s."participantId" = p."id" AND s."consultationId" = $1 AND s.${sent}
       WHERE p."pseudonymKey" = ANY($2) GROUP BY 1`,
      [consultationId, keys],
    );
    const perAccount = new Map(accountRows.map((row) => [row.key, row.n]));
    const wrongAccounts = keys.filter((key) => perAccount.get(key) !== 1).length;
    checks.push({
      ok: wrongAccounts === 0 && new Set(keys).size === keys.length,
      text: `${keys.length - wrongAccounts} of ${keys.length} accounts shown "received" have exactly one stored, sent submission`,
    });

    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Submission" WHERE "consultationId" = $1 AND ${sent}`, [consultationId]);
    const storedDuringRun = rows[0]!.n - sentBefore;
    const confirmations = shown.receiptCodes.length + shown.accountPseudonyms.length;
    checks.push({
      ok: storedDuringRun === confirmations,
      text: `${storedDuringRun} submissions stored during the run, ${confirmations} confirmations shown`,
    });
    return checks;
  });
}
