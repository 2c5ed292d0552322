-- Participant: the pseudonym becomes a sealed value. The plaintext column stays
-- nullable only until sealLegacyPseudonyms (run at every start, before the
-- server listens) has sealed each remaining value and emptied it; SQL cannot
-- seal, since the master key never reaches the database.
ALTER TABLE "Participant" ADD COLUMN     "pseudonymCipher" TEXT,
ALTER COLUMN "pseudonym" DROP NOT NULL;

-- AuditEvent: random ids instead of a sequence. Existing rows keep everything
-- but their number (ALTER TABLE rewrites the table without firing the
-- append-only row trigger). CLUSTER then stores the existing rows in id order,
-- so a dump no longer lists them in the order they happened.
ALTER TABLE "AuditEvent" ALTER COLUMN "id" DROP DEFAULT;
ALTER TABLE "AuditEvent" ALTER COLUMN "id" SET DATA TYPE TEXT USING gen_random_uuid()::text;
DROP SEQUENCE IF EXISTS "AuditEvent_id_seq";
CLUSTER "AuditEvent" USING "AuditEvent_pkey";

-- A withdrawn contribution no longer says whose it was: unlink the tombstones
-- (and their consent records) withdrawn before this rule.
UPDATE "Submission" SET "participantId" = NULL WHERE "status" = 'withdrawn' AND "participantId" IS NOT NULL;
UPDATE "ConsentRecord" SET "participantId" = NULL WHERE "withdrawnOn" IS NOT NULL AND "participantId" IS NOT NULL;

-- Participants' sessions keep only the day they began (their idle expiry keeps its time).
UPDATE "Session" SET "createdAt" = date_trunc('day', "createdAt") WHERE "participantId" IS NOT NULL;
