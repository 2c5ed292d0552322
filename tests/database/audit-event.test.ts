/**
 * The audit trail must not be rewritable from the application: the init
 * migration installs a trigger that refuses UPDATE and DELETE on AuditEvent.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";

async function recordEvent() {
  return getDb().auditEvent.create({
    data: { actorKind: "staff", action: "consultation.opened", subjectType: "consultation", subjectId: "c-1" },
  });
}

describe("AuditEvent", () => {
  it("accepts new events", async () => {
    const event = await recordEvent();
    const stored = await getDb().auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored.action).toBe("consultation.opened");
  });

  it("refuses to change an event", async () => {
    const event = await recordEvent();
    await expect(
      getDb().auditEvent.update({ where: { id: event.id }, data: { action: "consultation.closed" } }),
    ).rejects.toThrow(/append-only/);
    await expect(getDb().$executeRaw`UPDATE "AuditEvent" SET "actorId" = 'someone-else'`).rejects.toThrow(
      /append-only/,
    );
    const stored = await getDb().auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored.action).toBe("consultation.opened");
  });

  it("refuses to delete an event", async () => {
    const event = await recordEvent();
    await expect(getDb().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(getDb().$executeRaw`DELETE FROM "AuditEvent"`).rejects.toThrow(/append-only/);
    expect(await getDb().auditEvent.count({ where: { id: event.id } })).toBe(1);
  });
});
