/**
 * The organisation's audit log as CSV, for its admins: the same entries as
 * its page (list-organisation-audit.server.ts), many more of them, with
 * stable machine-readable columns. Exporting it is itself audited. The log
 * holds no input text and no participant, so neither does the file.
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { csvCell } from "~/modules/files/csv";
import { listOrganisationAudit, type OrganisationAuditEntry } from "./list-organisation-audit.server";

export const auditExportLimit = 50_000;


function actorOf(entry: OrganisationAuditEntry): string {
  if (entry.actor) return entry.actor;
  if (entry.actorKind === "otherStaff") return `staff of ${entry.actorOrganisation ?? "another organisation"}`;
  return "system";
}

export async function exportOrganisationAudit(input: { organisationId: string; actorId: string }): Promise<string> {
  const entries = await listOrganisationAudit(input.organisationId, auditExportLimit);
  await recordAuditEvent(getDb(), {
    actorKind: "staff",
    actorId: input.actorId,
    action: "organisation.audit-exported",
    subjectType: "organisation",
    subjectId: input.organisationId,
    organisationId: input.organisationId,
    details: { entries: entries.length },
  });
  const header = ["at", "actor", "action", "submission", "member", "role", "other_organisation", "consultation"];
  const rows = entries.map((entry) =>
    [
      entry.at.toISOString(),
      actorOf(entry),
      entry.action,
      entry.submissionId ?? "",
      entry.member ?? "",
      entry.roleChange ? `${entry.roleChange.from}->${entry.roleChange.to}` : (entry.role ?? ""),
      entry.otherOrganisation ?? "",
      entry.consultationSlug ?? "",
    ]
      .map(csvCell)
      .join(","),
  );
  return `${[header.join(","), ...rows].join("\r\n")}\r\n`;
}
