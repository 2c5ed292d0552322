-- Each Submission's wrapped data key moves to a small table of its own, so
-- that withdrawal can make every copy of it disappear (see
-- app/modules/submissions/purge-withdrawn-keys.server.ts).

-- CreateTable
CREATE TABLE "SubmissionKey" (
    "submissionId" TEXT NOT NULL,
    "wrappedKey" TEXT NOT NULL,

    CONSTRAINT "SubmissionKey_pkey" PRIMARY KEY ("submissionId")
);

-- CreateTable
CREATE TABLE "KeyPurgeRequest" (
    "id" BIGSERIAL NOT NULL,
    "tableName" TEXT NOT NULL,

    CONSTRAINT "KeyPurgeRequest_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "SubmissionKey" ADD CONSTRAINT "SubmissionKey_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing key moves, unchanged (withdrawn contributions had "" and have none).
INSERT INTO "SubmissionKey" ("submissionId", "wrappedKey")
  SELECT "id", "wrappedKey" FROM "Submission" WHERE "wrappedKey" <> '';

-- AlterTable
ALTER TABLE "Submission" DROP COLUMN "wrappedKey";

-- DROP COLUMN leaves the old values inside Submission's files (and the keys
-- of earlier withdrawals in its dead row versions): the first purge rewrites it.
INSERT INTO "KeyPurgeRequest" ("tableName") VALUES ('Submission');

-- Any deleted or re-wrapped key leaves a copy in the table's files until the
-- purge rewrites it: the database itself records that, whatever deleted it
-- (withdrawal, a deleted account or consultation, abandoned drafts, rotation).
CREATE FUNCTION "request_key_purge"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "KeyPurgeRequest" ("tableName") VALUES (TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
CREATE TRIGGER "SubmissionKey_deleted"
  AFTER DELETE ON "SubmissionKey"
  FOR EACH ROW EXECUTE FUNCTION "request_key_purge"();
CREATE TRIGGER "SubmissionKey_rewrapped"
  AFTER UPDATE ON "SubmissionKey"
  FOR EACH ROW WHEN (OLD."wrappedKey" IS DISTINCT FROM NEW."wrappedKey") EXECUTE FUNCTION "request_key_purge"();
