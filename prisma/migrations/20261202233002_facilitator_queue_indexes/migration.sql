-- DropIndex
DROP INDEX "Submission_consultationId_status_idx";

-- CreateIndex
CREATE INDEX "Submission_consultationId_status_language_duplicateOfId_idx" ON "Submission"("consultationId", "status", "language", "duplicateOfId");

-- CreateIndex
CREATE INDEX "Submission_consultationId_receivedOn_id_idx" ON "Submission"("consultationId", "receivedOn", "id");
