import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

/**
 * An organisation's address from its name. Apostrophes (straight, curly,
 * modifier letter) are dropped rather than turned into a hyphen, so
 * "Women's Network" is `womens-network`, the address people guess.
 */
export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['\u2018\u2019\u02bc`]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return base || "organisation";
}

/** A new organisation; its first admin is then invited (CLI or UI). */
export async function createOrganisation(input: { name: string; createdById: string | null }) {
  const db = getDb();
  let slug = slugify(input.name);
  for (let suffix = 2; await db.organisation.findUnique({ where: { slug }, select: { id: true } }); suffix++) {
    slug = `${slugify(input.name)}-${suffix}`;
  }
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({ data: { name: input.name.trim(), slug }, select: { id: true, slug: true, name: true } });
    await recordAuditEvent(tx, {
      actorKind: input.createdById ? "staff" : "system",
      actorId: input.createdById,
      action: "organisation.created",
      subjectType: "organisation",
      subjectId: organisation.id,
      organisationId: organisation.id,
    });
    return organisation;
  });
}
