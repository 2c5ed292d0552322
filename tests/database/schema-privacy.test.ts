/**
 * Participants are pseudonymous by design (docs/decisions.md): no table may
 * grow a column for contact details, network identifiers or legal names.
 * Checked against the migrated database, so a hand-written migration cannot
 * slip one past schema.prisma.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";

const identifyingColumn = /email|phone|^ip$|ip_?addr|user_?agent|real_?name|first_?name|last_?name/i;

describe("database schema", () => {
  it("has no column meant for identifying details", async () => {
    const columns = await getDb().$queryRaw<Array<{ table_name: string; column_name: string }>>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, column_name`;
    // Guards against a vacuous pass (e.g. querying the wrong schema or database).
    expect(columns.some((column) => column.table_name === "Participant" && column.column_name === "pseudonymKey")).toBe(
      true,
    );

    const offending = columns
      .filter((column) => identifyingColumn.test(column.column_name))
      .map((column) => `${column.table_name}.${column.column_name}`);
    expect(offending).toEqual([]);
  });
});
