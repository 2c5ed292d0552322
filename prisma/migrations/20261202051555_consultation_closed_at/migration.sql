-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "closedAt" TIMESTAMP(3);
