import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export type ConsultationSettings = {
  regionCity: string;
  regionCountry: string;
  timeZone: string;
  languages: string[];
  opensAt: Date;
  closesAt: Date;
  exitUrl: string;
};

/**
 * Saves region, languages, time zone, dates and the quick exit's neutral
 * site. The audit event names which settings changed, not their values.
 */
export async function updateConsultationSettings(input: {
  consultationId: string;
  settings: ConsultationSettings;
  actorId: string;
}): Promise<void> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.consultation.findUniqueOrThrow({
      where: { id: input.consultationId },
      select: {
        regionCity: true,
        regionCountry: true,
        timeZone: true,
        languages: true,
        opensAt: true,
        closesAt: true,
        exitUrl: true,
        hosts: { where: { role: "lead" }, select: { organisationId: true } },
      },
    });
    const next = input.settings;
    const changed = (Object.keys(next) as Array<keyof ConsultationSettings>).filter((key) => {
      const a = before[key];
      const b = next[key];
      if (a instanceof Date && b instanceof Date) return a.getTime() !== b.getTime();
      if (Array.isArray(a) && Array.isArray(b)) return a.join(",") !== b.join(",");
      return a !== b;
    });
    if (changed.length === 0) return;
    await tx.consultation.update({ where: { id: input.consultationId }, data: next });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "consultation.settings-changed",
      subjectType: "consultation",
      subjectId: input.consultationId,
      consultationId: input.consultationId,
      organisationId: before.hosts[0]?.organisationId ?? null,
      details: { changed },
    });
  });
}
