-- The summary outbox, made safe against a refresh running while a writer's
-- transaction is still open (issue 12, rollups).
--
-- The triggers of the drafters_workspace migration marked a submission with
-- INSERT … ON CONFLICT DO NOTHING. When the submission was already in
-- SummaryDirty, that took no lock: a refresh could then take and delete the
-- row and read the submission's data from before the writer's commit, and
-- the writer's change was never counted. Upserting instead (ON CONFLICT DO
-- UPDATE) locks the row until the writer commits; the refresh takes rows
-- FOR UPDATE SKIP LOCKED, so it leaves that row for its next round, when the
-- change is committed and visible.
--
-- Also marks the input coded with (or asked about) a draft principle whose
-- theme changes: a principle's theme is part of every fact about it.

CREATE OR REPLACE FUNCTION "summary_mark_submission"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO "SummaryDirty" ("submissionId", "consultationId") VALUES (OLD."id", OLD."consultationId")
      ON CONFLICT ("submissionId") DO UPDATE SET "consultationId" = EXCLUDED."consultationId";
  ELSIF NEW."status" <> 'draft' OR (TG_OP = 'UPDATE' AND OLD."status" <> 'draft') THEN
    INSERT INTO "SummaryDirty" ("submissionId", "consultationId") VALUES (NEW."id", NEW."consultationId")
      ON CONFLICT ("submissionId") DO UPDATE SET "consultationId" = EXCLUDED."consultationId";
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "summary_mark_answer"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target TEXT;
BEGIN
  IF TG_TABLE_NAME = 'Answer' THEN
    target := CASE WHEN TG_OP = 'DELETE' THEN OLD."submissionId" ELSE NEW."submissionId" END;
  ELSE
    SELECT a."submissionId" INTO target FROM "Answer" a WHERE a."id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."answerId" ELSE NEW."answerId" END;
  END IF;
  INSERT INTO "SummaryDirty" ("submissionId", "consultationId")
    SELECT s."id", s."consultationId" FROM "Submission" s WHERE s."id" = target AND s."status" <> 'draft'
    ON CONFLICT ("submissionId") DO UPDATE SET "consultationId" = EXCLUDED."consultationId";
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "summary_mark_consent"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SummaryDirty" ("submissionId", "consultationId")
    SELECT s."id", s."consultationId" FROM "Submission" s WHERE s."consentRecordId" = NEW."id" AND s."status" <> 'draft'
    ON CONFLICT ("submissionId") DO UPDATE SET "consultationId" = EXCLUDED."consultationId";
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "summary_mark_question"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SummaryDirty" ("submissionId", "consultationId")
    SELECT DISTINCT s."id", s."consultationId" FROM "Answer" a JOIN "Submission" s ON s."id" = a."submissionId"
    WHERE a."questionId" = NEW."id" AND s."status" <> 'draft'
    ON CONFLICT ("submissionId") DO UPDATE SET "consultationId" = EXCLUDED."consultationId";
  RETURN NULL;
END;
$$;

CREATE FUNCTION "summary_mark_principle"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SummaryDirty" ("submissionId", "consultationId")
    SELECT DISTINCT s."id", s."consultationId" FROM "Answer" a JOIN "Submission" s ON s."id" = a."submissionId"
    WHERE s."status" <> 'draft' AND (
      EXISTS (SELECT 1 FROM "AnswerPrinciple" p WHERE p."answerId" = a."id" AND p."principleId" = NEW."id")
      OR EXISTS (SELECT 1 FROM "Question" q WHERE q."id" = a."questionId" AND q."principleId" = NEW."id"))
    ON CONFLICT ("submissionId") DO UPDATE SET "consultationId" = EXCLUDED."consultationId";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "DraftPrinciple_summary" AFTER UPDATE ON "DraftPrinciple"
  FOR EACH ROW WHEN (OLD."theme" IS DISTINCT FROM NEW."theme")
  EXECUTE FUNCTION "summary_mark_principle"();
