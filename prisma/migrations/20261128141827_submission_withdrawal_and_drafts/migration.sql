-- AlterEnum
ALTER TYPE "SubmissionStatus" ADD VALUE 'withdrawn';

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "draftTokenHash" TEXT,
ADD COLUMN     "withdrawnOn" DATE;

-- CreateIndex
CREATE UNIQUE INDEX "Submission_draftTokenHash_key" ON "Submission"("draftTokenHash");
