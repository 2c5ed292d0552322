-- Writers outside Prisma (the key purge's audit event, the SubmissionKey
-- trigger) insert without an id: the database makes the random one.
ALTER TABLE "AuditEvent" ALTER COLUMN "id" SET DEFAULT (gen_random_uuid())::text;

-- KeyPurgeRequest: random ids as well, so no sequence orders key deletions.
ALTER TABLE "KeyPurgeRequest" ALTER COLUMN "id" DROP DEFAULT;
ALTER TABLE "KeyPurgeRequest" ALTER COLUMN "id" SET DATA TYPE TEXT USING (gen_random_uuid())::text;
ALTER TABLE "KeyPurgeRequest" ALTER COLUMN "id" SET DEFAULT (gen_random_uuid())::text;
DROP SEQUENCE IF EXISTS "KeyPurgeRequest_id_seq";
