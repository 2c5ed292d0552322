import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { normaliseDimensions } from "~/modules/self-description/dimensions";
import { consultationSettingsSelect, leadOrganisationSelect } from "~/modules/consultations/selects";

export type ConsultationSettings = {
  regionCity: string;
  regionCountry: string;
  timeZone: string;
  languages: string[];
  opensAt: Date;
  closesAt: Date;
  exitUrl: string;
  disclosureThreshold: number;
  /** Which self-description dimensions participants are asked about at the end (none by default). */
  selfDescriptionDimensions: string[];
};

export type UpdateSettingsResult =
  | { ok: true }
  /** Some language to be dropped already has input: the page asks first, naming them. */
  | { ok: false; kind: "confirmDrop"; languages: string[] };

/**
 * Saves region, languages, time zone, dates, the quick exit's neutral
 * site, k and the self-description dimensions asked. The audit event names which settings changed, not their values.
 * Dropping a language people have already written in is only done once
 * the person has confirmed that very language (`confirmedDroppedLanguages`).
 */
export async function updateConsultationSettings(input: {
  consultationId: string;
  settings: ConsultationSettings;
  actorId: string;
  confirmedDroppedLanguages?: readonly string[];
}): Promise<UpdateSettingsResult> {
  const db = getDb();
  return db.$transaction(async (tx): Promise<UpdateSettingsResult> => {
    const before = await tx.consultation.findUniqueOrThrow({
      where: { id: input.consultationId },
      select: {
        ...consultationSettingsSelect,
        ...leadOrganisationSelect,
      },
    });
    const dropped = before.languages.filter((code) => !input.settings.languages.includes(code));
    if (dropped.length > 0) {
      const withInput = await tx.submission.groupBy({
        by: ["language"],
        where: { consultationId: input.consultationId, language: { in: dropped } },
      });
      const unconfirmed = withInput.map((group) => group.language).filter((code) => !input.confirmedDroppedLanguages?.includes(code));
      if (unconfirmed.length > 0) return { ok: false, kind: "confirmDrop", languages: dropped.filter((code) => unconfirmed.includes(code)) };
    }
    // Only shipped dimensions, in their order: the same choice always compares (and audits) the same.
    const next = { ...input.settings, selfDescriptionDimensions: normaliseDimensions(input.settings.selfDescriptionDimensions) };
    const changed = (Object.keys(next) as Array<keyof ConsultationSettings>).filter((key) => {
      const a = before[key];
      const b = next[key];
      if (a instanceof Date && b instanceof Date) return a.getTime() !== b.getTime();
      if (Array.isArray(a) && Array.isArray(b)) return a.join(",") !== b.join(",");
      return a !== b;
    });
    if (changed.length === 0) return { ok: true };
    await tx.consultation.update({ where: { id: input.consultationId }, data: next });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "consultation.settings-changed",
      subjectType: "consultation",
      subjectId: input.consultationId,
      consultationId: input.consultationId,
      organisationId: before.hosts[0]?.organisationId ?? null,
      details: { changed, ...(dropped.length > 0 ? { droppedLanguages: dropped } : {}) },
    });
    return { ok: true };
  });
}
