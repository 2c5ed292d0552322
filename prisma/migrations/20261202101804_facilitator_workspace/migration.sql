-- CreateEnum
CREATE TYPE "SubmissionKind" AS ENUM ('online', 'in_person');

-- CreateEnum
CREATE TYPE "ConsentBasis" AS ENUM ('oral', 'written');

-- CreateEnum
CREATE TYPE "RedactionKind" AS ENUM ('name', 'place', 'phone', 'date', 'detail');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "escalationNote" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "consentBasis" "ConsentBasis",
ADD COLUMN     "consentReferenceCipher" TEXT,
ADD COLUMN     "duplicateOfId" TEXT,
ADD COLUMN     "inPersonSessionId" TEXT,
ADD COLUMN     "kind" "SubmissionKind" NOT NULL DEFAULT 'online',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "redactedCipher" TEXT,
ADD COLUMN     "redactionReviewed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Redaction" ADD COLUMN     "kind" "RedactionKind" NOT NULL DEFAULT 'detail';

-- AlterTable
ALTER TABLE "ModerationAction" ADD COLUMN     "noteCipher" TEXT;

-- CreateTable
CREATE TABLE "AnswerTheme" (
    "answerId" TEXT NOT NULL,
    "theme" "Theme" NOT NULL,

    CONSTRAINT "AnswerTheme_pkey" PRIMARY KEY ("answerId","theme")
);

-- CreateTable
CREATE TABLE "AnswerPrinciple" (
    "answerId" TEXT NOT NULL,
    "principleId" TEXT NOT NULL,

    CONSTRAINT "AnswerPrinciple_pkey" PRIMARY KEY ("answerId","principleId")
);

-- CreateTable
CREATE TABLE "EmergingTheme" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmergingTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerEmergingTheme" (
    "answerId" TEXT NOT NULL,
    "emergingThemeId" TEXT NOT NULL,

    CONSTRAINT "AnswerEmergingTheme_pkey" PRIMARY KEY ("answerId","emergingThemeId")
);

-- CreateTable
CREATE TABLE "KnownTerm" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "kind" "RedactionKind" NOT NULL,
    "valueCipher" TEXT NOT NULL,
    "lookup" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnownTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemLock" (
    "submissionId" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ItemLock_pkey" PRIMARY KEY ("submissionId")
);

-- CreateTable
CREATE TABLE "SafetyFlag" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "raisedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SafetyFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InPersonSession" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "peoplePresent" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InPersonSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "fromParticipant" BOOLEAN NOT NULL,
    "staffUserId" TEXT,
    "bodyCipher" TEXT NOT NULL,
    "sentOn" DATE NOT NULL,
    "position" INTEGER NOT NULL,
    "readByParticipant" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkReadFlag" (
    "id" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readsCounted" INTEGER NOT NULL,
    "seenAt" TIMESTAMP(3),

    CONSTRAINT "BulkReadFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmergingTheme_consultationId_name_key" ON "EmergingTheme"("consultationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "KnownTerm_consultationId_lookup_key" ON "KnownTerm"("consultationId", "lookup");

-- CreateIndex
CREATE UNIQUE INDEX "SafetyFlag_submissionId_organisationId_key" ON "SafetyFlag"("submissionId", "organisationId");

-- CreateIndex
CREATE INDEX "InPersonSession_consultationId_idx" ON "InPersonSession"("consultationId");

-- CreateIndex
CREATE UNIQUE INDEX "Message_submissionId_position_key" ON "Message"("submissionId", "position");

-- CreateIndex
CREATE INDEX "BulkReadFlag_organisationId_raisedAt_idx" ON "BulkReadFlag"("organisationId", "raisedAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_action_at_idx" ON "AuditEvent"("actorId", "action", "at");

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_inPersonSessionId_fkey" FOREIGN KEY ("inPersonSessionId") REFERENCES "InPersonSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Submission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerTheme" ADD CONSTRAINT "AnswerTheme_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerPrinciple" ADD CONSTRAINT "AnswerPrinciple_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerPrinciple" ADD CONSTRAINT "AnswerPrinciple_principleId_fkey" FOREIGN KEY ("principleId") REFERENCES "DraftPrinciple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergingTheme" ADD CONSTRAINT "EmergingTheme_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerEmergingTheme" ADD CONSTRAINT "AnswerEmergingTheme_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerEmergingTheme" ADD CONSTRAINT "AnswerEmergingTheme_emergingThemeId_fkey" FOREIGN KEY ("emergingThemeId") REFERENCES "EmergingTheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownTerm" ADD CONSTRAINT "KnownTerm_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemLock" ADD CONSTRAINT "ItemLock_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemLock" ADD CONSTRAINT "ItemLock_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyFlag" ADD CONSTRAINT "SafetyFlag_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyFlag" ADD CONSTRAINT "SafetyFlag_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InPersonSession" ADD CONSTRAINT "InPersonSession_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InPersonSession" ADD CONSTRAINT "InPersonSession_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkReadFlag" ADD CONSTRAINT "BulkReadFlag_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkReadFlag" ADD CONSTRAINT "BulkReadFlag_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
