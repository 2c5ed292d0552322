/**
 * Self-descriptions in tests, written and read exactly as the app does:
 * the document encrypted under the contribution's own data key
 * (self-description-cipher.server.ts), so the lens rollup reads them like
 * real ones. Saving or deleting goes through the table, whose trigger puts
 * the contribution in the summary outbox.
 */
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import type { SelfDescriptionValues } from "~/modules/self-description/dimensions";
import { decryptSelfDescription, encryptSelfDescription } from "~/modules/self-description/self-description-cipher.server";
import { openSubmissionKey } from "~/modules/submissions/submission-crypto.server";

async function dataKeyOf(submissionId: string): Promise<Buffer | null> {
  const key = await getDb().submissionKey.findUnique({ where: { submissionId }, select: { wrappedKey: true } });
  return key ? openSubmissionKey(submissionId, key.wrappedKey, getMasterKeyRing()) : null;
}

/** Saves (or replaces) a contribution's self-description; false when its key is gone (withdrawn). */
export async function saveSelfDescription(submissionId: string, values: SelfDescriptionValues): Promise<boolean> {
  const dataKey = await dataKeyOf(submissionId);
  if (!dataKey) return false;
  const valuesCipher = encryptSelfDescription(dataKey, values, submissionId);
  const today = new Date(new Date().toISOString().slice(0, 10));
  await getDb().selfDescription.upsert({
    where: { submissionId },
    create: { submissionId, valuesCipher, consentedOn: today },
    update: { valuesCipher, changedOn: today },
  });
  return true;
}

export async function deleteSelfDescription(submissionId: string): Promise<void> {
  await getDb().selfDescription.deleteMany({ where: { submissionId } });
}

/** The stored document, decrypted; null when there is none or it no longer opens. */
export async function readSelfDescription(submissionId: string): Promise<SelfDescriptionValues | null> {
  const row = await getDb().selfDescription.findUnique({ where: { submissionId } });
  const dataKey = row ? await dataKeyOf(submissionId) : null;
  if (!row || !dataKey) return null;
  try {
    return decryptSelfDescription(dataKey, row.valuesCipher, submissionId);
  } catch {
    return null;
  }
}
