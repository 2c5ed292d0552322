/**
 * The test infrastructure itself: each file's Prisma client must reach the
 * file's own migrated copy, never the template or a developer's database.
 */
import { describe, expect, inject, it } from "vitest";
import { getDb } from "~/modules/db/db.server";

describe("the per-file test database", () => {
  it("is where getDb() connects, and is a migrated copy of this run's template", async () => {
    const { runPrefix, templateName } = inject("testDatabaseServer");
    const [row] = await getDb().$queryRaw<Array<{ name: string }>>`SELECT current_database() AS name`;
    const name = row?.name ?? "";

    expect(name).toBe(new URL(process.env.DATABASE_URL ?? "").pathname.slice(1));
    expect(name.startsWith(`${runPrefix}_file_`)).toBe(true);
    expect(name).not.toBe(templateName);
    expect(await getDb().participant.count()).toBe(0);
  });
});
