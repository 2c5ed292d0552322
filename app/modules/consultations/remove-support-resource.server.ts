import { getDb } from "~/modules/db/db.server";

/** Removes one resource, only from this consultation (an id from another one changes nothing). */
export async function removeSupportResource(input: { consultationId: string; resourceId: string }): Promise<void> {
  await getDb().supportResource.deleteMany({ where: { id: input.resourceId, consultationId: input.consultationId } });
}
