-- An organisation's admin may withdraw an invitation before it is used;
-- the row stays (the link then says it was withdrawn, and by whom to ask).
ALTER TABLE "StaffInvitation" ADD COLUMN "revokedAt" TIMESTAMP(3);
