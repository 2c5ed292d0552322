-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "selfDescriptionDimensions" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "SelfDescription" (
    "submissionId" TEXT NOT NULL,
    "valuesCipher" TEXT NOT NULL,
    "consentedOn" DATE NOT NULL,
    "changedOn" DATE,

    CONSTRAINT "SelfDescription_pkey" PRIMARY KEY ("submissionId")
);

-- CreateTable
CREATE TABLE "SummaryLensCell" (
    "consultationId" TEXT NOT NULL,
    "lens" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "principleId" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "contributions" INTEGER NOT NULL,

    CONSTRAINT "SummaryLensCell_pkey" PRIMARY KEY ("consultationId","lens","theme","principleId","stance")
);

-- AddForeignKey
ALTER TABLE "SelfDescription" ADD CONSTRAINT "SelfDescription_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hosts choose which dimensions to ask about; the list Convene ships is checked in the app (dimensions.ts).
ALTER TABLE "Consultation" ALTER COLUMN "selfDescriptionDimensions" SET NOT NULL;

-- A self-description saved, changed or deleted changes the lens counts: the
-- contribution goes to the summary outbox in the writer's own transaction,
-- like an answer (summary_outbox_locks). The refresh rebuilds the lens cells
-- of every consultation in its batch.
CREATE FUNCTION "summary_mark_self_description"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SummaryDirty" ("submissionId", "consultationId")
    SELECT s."id", s."consultationId" FROM "Submission" s
    WHERE s."id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."submissionId" ELSE NEW."submissionId" END AND s."status" <> 'draft'
    ON CONFLICT ("submissionId") DO UPDATE SET "consultationId" = EXCLUDED."consultationId";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "SelfDescription_summary" AFTER INSERT OR UPDATE OR DELETE ON "SelfDescription"
  FOR EACH ROW EXECUTE FUNCTION "summary_mark_self_description"();
