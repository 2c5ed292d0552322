/**
 * The app's least-privilege role (scripts/lib/app-role.ts): connected as it,
 * the app can read and write rows but cannot undo the audit trail's
 * protection, change the schema or touch the migration history.
 *
 * Roles belong to the whole server, so this file's role carries the run's
 * prefix and is dropped at the end (CI's second pass runs this on the
 * machine's PostgreSQL).
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { appendOnlyTables, ensureAppRole, grantAppPrivileges, withCredentials } from "../../scripts/lib/app-role.ts";
import { createDatabaseClient } from "~/modules/db/db.server";
import { withClient } from "~/modules/db/with-client.server";

const ownerUrl = process.env.DATABASE_URL!;
const role = `${inject("testDatabaseServer").runPrefix}_app`;
const password = randomBytes(16).toString("hex");
const appUrl = withCredentials(ownerUrl, role, password);

/** The statement's error code, or "ok" when the statement succeeded. */
async function outcome(sql: string): Promise<string> {
  return withClient(appUrl, async (client) => {
    try {
      await client.query(sql);
      return "ok";
    } catch (error) {
      return String((error as { code?: string }).code);
    }
  });
}

const insufficientPrivilege = "42501";

beforeAll(async () => {
  await ensureAppRole(ownerUrl, role, password);
  // Twice: boot runs this after every migration, on a database that already has the grants.
  await grantAppPrivileges(ownerUrl, role);
  await grantAppPrivileges(ownerUrl, role);
});

afterAll(async () => {
  await withClient(ownerUrl, async (client) => {
    await client.query(`DROP OWNED BY "${role}"`);
    await client.query(`DROP ROLE "${role}"`);
  });
});

describe("the app role", () => {
  it("is no superuser and owns nothing", async () => {
    const [attributes] = await withClient(ownerUrl, async (client) =>
      (
        await client.query<{ rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean; rolbypassrls: boolean; owned: string }>(
          `SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls,
             (SELECT count(*) FROM pg_class WHERE relowner = pg_roles.oid)::text AS owned
           FROM pg_roles WHERE rolname = $1`,
          [role],
        )
      ).rows,
    );
    expect(attributes).toEqual({ rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false, owned: "0" });
  });

  it("cannot drop or disable the audit trail's append-only trigger, alter or drop the table, or empty it", async () => {
    expect(appendOnlyTables).toContain("AuditEvent");
    expect(await outcome(`DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`)).toBe(insufficientPrivilege);
    expect(await outcome(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`)).toBe(insufficientPrivilege);
    expect(await outcome(`ALTER TABLE "AuditEvent" ADD COLUMN "sneaky" TEXT`)).toBe(insufficientPrivilege);
    expect(await outcome(`DROP TABLE "AuditEvent"`)).toBe(insufficientPrivilege);
    expect(await outcome(`DROP FUNCTION "audit_event_append_only"()`)).toBe(insufficientPrivilege);
    expect(await outcome(`TRUNCATE "AuditEvent"`)).toBe(insufficientPrivilege);
    // Refused by privilege, before the trigger is even reached.
    expect(await outcome(`UPDATE "AuditEvent" SET "action" = 'rewritten'`)).toBe(insufficientPrivilege);
    expect(await outcome(`DELETE FROM "AuditEvent"`)).toBe(insufficientPrivilege);
    const trigger = await withClient(ownerUrl, async (client) =>
      (await client.query(`SELECT tgenabled FROM pg_trigger WHERE tgname = 'AuditEvent_append_only'`)).rows,
    );
    expect(trigger).toEqual([{ tgenabled: "O" }]);
  });

  it("cannot change the schema or the migration history", async () => {
    expect(await outcome(`CREATE TABLE "Intruder" ("id" INTEGER)`)).toBe(insufficientPrivilege);
    expect(await outcome(`DROP TABLE "Organisation"`)).toBe(insufficientPrivilege);
    expect(await outcome(`ALTER TABLE "Submission" DROP COLUMN "status"`)).toBe(insufficientPrivilege);
    expect(await outcome(`SELECT * FROM "_prisma_migrations"`)).toBe(insufficientPrivilege);
    expect(await outcome(`DELETE FROM "_prisma_migrations"`)).toBe(insufficientPrivilege);
  });

  it("reads and writes rows as the app does, audit events included", async () => {
    const db = createDatabaseClient(appUrl);
    try {
      const organisation = await db.organisation.create({ data: { name: "Role test", slug: `role-test-${randomBytes(3).toString("hex")}` } });
      await db.organisation.update({ where: { id: organisation.id }, data: { name: "Role test, renamed" } });
      const event = await db.auditEvent.create({
        data: { actorKind: "system", action: "organisation.created", subjectType: "organisation", subjectId: organisation.id },
      });
      expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).subjectId).toBe(organisation.id);
      await db.organisation.delete({ where: { id: organisation.id } });
      expect(await db.organisation.findUnique({ where: { id: organisation.id } })).toBeNull();
    } finally {
      await db.$disconnect();
    }
  });

  it("gets the same rights on tables a later migration creates", async () => {
    await withClient(ownerUrl, (client) => client.query(`CREATE TABLE "LaterTable" ("id" BIGSERIAL PRIMARY KEY, "note" TEXT)`));
    expect(await outcome(`INSERT INTO "LaterTable" ("note") VALUES ('x')`)).toBe("ok");
    expect(await outcome(`UPDATE "LaterTable" SET "note" = 'y'`)).toBe("ok");
    expect(await outcome(`DELETE FROM "LaterTable"`)).toBe("ok");
    expect(await outcome(`DROP TABLE "LaterTable"`)).toBe(insufficientPrivilege);
  });
});

describe("bootDatabase with DATABASE_URL and CONVENE_OWNER_DATABASE_URL", () => {
  const externalRole = `${inject("testDatabaseServer").runPrefix}_ext`;
  const externalUrl = withCredentials(ownerUrl, externalRole, password);

  afterAll(async () => {
    await withClient(ownerUrl, async (client) => {
      await client.query(`DROP OWNED BY "${externalRole}"`);
      await client.query(`DROP ROLE "${externalRole}"`);
    });
  });

  it("migrates as the owner and gives the DATABASE_URL role the app's rights, and no more", async () => {
    // What an operator creates by hand (README): a login role with no rights yet.
    await withClient(ownerUrl, (client) =>
      client.query(`CREATE ROLE "${externalRole}" LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE`),
    );
    const saved = { DATABASE_URL: process.env.DATABASE_URL, CONVENE_OWNER_DATABASE_URL: process.env.CONVENE_OWNER_DATABASE_URL };
    process.env.DATABASE_URL = externalUrl;
    process.env.CONVENE_OWNER_DATABASE_URL = ownerUrl;
    try {
      const { bootDatabase } = await import("../../scripts/lib/boot.ts");
      const booted = await bootDatabase();
      expect(booted).toMatchObject({ url: externalUrl, ownerUrl, usingEmbedded: false, appliedMigrations: [] });
      expect(process.env.DATABASE_URL).toBe(externalUrl);
    } finally {
      Object.assign(process.env, saved);
    }
    const as = async (sql: string) =>
      withClient(externalUrl, (client) => client.query(sql)).then(
        () => "ok",
        (error: { code?: string }) => String(error.code),
      );
    expect(await as(`INSERT INTO "AuditEvent" ("actorKind", "action", "subjectType") VALUES ('system', 'probe', 'test')`)).toBe("ok");
    expect(await as(`DELETE FROM "AuditEvent"`)).toBe(insufficientPrivilege);
    expect(await as(`DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`)).toBe(insufficientPrivilege);
    expect(await as(`SELECT count(*) FROM "Organisation"`)).toBe("ok");
  });
});
