-- A deleted account leaves its sealed pseudonym and keyed lookup in the
-- table's dead rows until they are rewritten: ask for the same purge a
-- withdrawn data key gets (purge-withdrawn-keys.server.ts rewrites
-- "Participant" with VACUUM FULL). Account deletion removes the row; an
-- account with no submission would otherwise request nothing.
CREATE TRIGGER "Participant_deleted"
  AFTER DELETE ON "Participant"
  FOR EACH ROW EXECUTE FUNCTION "request_key_purge"();
