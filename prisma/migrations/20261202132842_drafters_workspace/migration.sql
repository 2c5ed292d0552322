-- DropIndex
DROP INDEX "ThemeSynthesis_consultationId_theme_version_key";

-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "disclosureThreshold" INTEGER NOT NULL DEFAULT 5;

-- AlterTable
ALTER TABLE "ThemeSynthesis" ADD COLUMN     "authorId" TEXT,
ADD COLUMN     "principleId" TEXT;

-- DropTable
DROP TABLE "Job";

-- CreateTable
CREATE TABLE "SynthesisQuote" (
    "synthesisId" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SynthesisQuote_pkey" PRIMARY KEY ("synthesisId","answerId")
);

-- CreateTable
CREATE TABLE "SummaryDirty" (
    "submissionId" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,

    CONSTRAINT "SummaryDirty_pkey" PRIMARY KEY ("submissionId")
);

-- CreateTable
CREATE TABLE "SummaryFact" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "principleId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "stance" TEXT NOT NULL,

    CONSTRAINT "SummaryFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SummaryCell" (
    "consultationId" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "principleId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "stance" TEXT NOT NULL,
    "contributions" INTEGER NOT NULL,

    CONSTRAINT "SummaryCell_pkey" PRIMARY KEY ("consultationId","theme","principleId","language","kind","stance")
);

-- CreateIndex
CREATE INDEX "SynthesisQuote_answerId_idx" ON "SynthesisQuote"("answerId");

-- CreateIndex
CREATE INDEX "SummaryFact_submissionId_idx" ON "SummaryFact"("submissionId");

-- CreateIndex
CREATE INDEX "SummaryFact_consultationId_theme_principleId_language_kind__idx" ON "SummaryFact"("consultationId", "theme", "principleId", "language", "kind", "stance");

-- CreateIndex
CREATE INDEX "ThemeSynthesis_consultationId_theme_principleId_version_idx" ON "ThemeSynthesis"("consultationId", "theme", "principleId", "version");

-- AddForeignKey
ALTER TABLE "ThemeSynthesis" ADD CONSTRAINT "ThemeSynthesis_principleId_fkey" FOREIGN KEY ("principleId") REFERENCES "DraftPrinciple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeSynthesis" ADD CONSTRAINT "ThemeSynthesis_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisQuote" ADD CONSTRAINT "SynthesisQuote_synthesisId_fkey" FOREIGN KEY ("synthesisId") REFERENCES "ThemeSynthesis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisQuote" ADD CONSTRAINT "SynthesisQuote_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- k, the disclosure threshold, is never below 3 (issue 12), whatever writes it.
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_disclosureThreshold_min" CHECK ("disclosureThreshold" >= 3);

-- Summary rollups: every change that can move a count puts the submission in
-- SummaryDirty inside the writer's own transaction, so no writer (a
-- moderation, a re-coding, a withdrawal, a consent change, a deleted account
-- or consultation) can forget to; the summaries-refresh job drains it.
CREATE FUNCTION "summary_mark_submission"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO "SummaryDirty" ("submissionId", "consultationId") VALUES (OLD."id", OLD."consultationId") ON CONFLICT DO NOTHING;
  ELSIF NEW."status" <> 'draft' OR (TG_OP = 'UPDATE' AND OLD."status" <> 'draft') THEN
    INSERT INTO "SummaryDirty" ("submissionId", "consultationId") VALUES (NEW."id", NEW."consultationId") ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Submission_summary_insert" AFTER INSERT ON "Submission"
  FOR EACH ROW EXECUTE FUNCTION "summary_mark_submission"();
CREATE TRIGGER "Submission_summary_update" AFTER UPDATE ON "Submission"
  FOR EACH ROW WHEN (
    OLD."status" IS DISTINCT FROM NEW."status" OR OLD."language" IS DISTINCT FROM NEW."language"
    OR OLD."kind" IS DISTINCT FROM NEW."kind" OR OLD."duplicateOfId" IS DISTINCT FROM NEW."duplicateOfId"
    OR OLD."consentRecordId" IS DISTINCT FROM NEW."consentRecordId"
  ) EXECUTE FUNCTION "summary_mark_submission"();
CREATE TRIGGER "Submission_summary_delete" AFTER DELETE ON "Submission"
  FOR EACH ROW EXECUTE FUNCTION "summary_mark_submission"();

-- An answer, or its coding, changed: mark its submission (not while it is an unsent draft).
CREATE FUNCTION "summary_mark_answer"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Answer_summary" AFTER INSERT OR DELETE OR UPDATE OF "stance", "questionId", "principleId" ON "Answer"
  FOR EACH ROW EXECUTE FUNCTION "summary_mark_answer"();
CREATE TRIGGER "AnswerTheme_summary" AFTER INSERT OR DELETE OR UPDATE ON "AnswerTheme"
  FOR EACH ROW EXECUTE FUNCTION "summary_mark_answer"();
CREATE TRIGGER "AnswerPrinciple_summary" AFTER INSERT OR DELETE OR UPDATE ON "AnswerPrinciple"
  FOR EACH ROW EXECUTE FUNCTION "summary_mark_answer"();
CREATE TRIGGER "AnswerEmergingTheme_summary" AFTER INSERT OR DELETE ON "AnswerEmergingTheme"
  FOR EACH ROW EXECUTE FUNCTION "summary_mark_answer"();

-- Consent given, narrowed or withdrawn: every submission under the record.
CREATE FUNCTION "summary_mark_consent"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SummaryDirty" ("submissionId", "consultationId")
    SELECT s."id", s."consultationId" FROM "Submission" s WHERE s."consentRecordId" = NEW."id" AND s."status" <> 'draft'
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "ConsentRecord_summary" AFTER UPDATE ON "ConsentRecord"
  FOR EACH ROW WHEN (OLD."useInSummaries" IS DISTINCT FROM NEW."useInSummaries" OR OLD."withdrawnOn" IS DISTINCT FROM NEW."withdrawnOn")
  EXECUTE FUNCTION "summary_mark_consent"();

-- A question moved to another theme or principle: every submission that answered it.
CREATE FUNCTION "summary_mark_question"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SummaryDirty" ("submissionId", "consultationId")
    SELECT DISTINCT s."id", s."consultationId" FROM "Answer" a JOIN "Submission" s ON s."id" = a."submissionId"
    WHERE a."questionId" = NEW."id" AND s."status" <> 'draft'
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Question_summary" AFTER UPDATE ON "Question"
  FOR EACH ROW WHEN (OLD."theme" IS DISTINCT FROM NEW."theme" OR OLD."principleId" IS DISTINCT FROM NEW."principleId")
  EXECUTE FUNCTION "summary_mark_question"();

-- Input sent before this migration is counted by the first refresh.
INSERT INTO "SummaryDirty" ("submissionId", "consultationId")
  SELECT "id", "consultationId" FROM "Submission" WHERE "status" <> 'draft';
