-- CreateTable
CREATE TABLE "SubmitKey" (
    "digest" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,

    CONSTRAINT "SubmitKey_pkey" PRIMARY KEY ("digest")
);

-- CreateIndex
CREATE INDEX "SubmitKey_submissionId_idx" ON "SubmitKey"("submissionId");

-- AddForeignKey
ALTER TABLE "SubmitKey" ADD CONSTRAINT "SubmitKey_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
