import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/http/require-permission.server";
import { exportOrganisationAudit } from "~/modules/orgs/export-organisation-audit.server";

/** The organisation's audit log as a CSV download, for its admins (the export is audited). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const organisationId = params.orgId ?? "";
  const actor = await requirePermission(request, "organisation:manage", { organisationId });
  const csv = await exportOrganisationAudit({ organisationId, actorId: actor.staffUserId });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${organisationId}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
