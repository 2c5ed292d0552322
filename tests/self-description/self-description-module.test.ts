/**
 * The self-description use cases against a real database: saved only with
 * its own consent and only for a sent contribution of a consultation that
 * asks those dimensions; stored encrypted under the contribution's key;
 * changed and deleted; gone with a withdrawal; and every save or delete puts
 * the contribution in SummaryDirty (the rollups' outbox).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { deleteSelfDescription } from "~/modules/self-description/delete-self-description.server";
import { readOwnSelfDescription } from "~/modules/self-description/read-own-self-description.server";
import { saveSelfDescription } from "~/modules/self-description/save-self-description.server";
import { withdrawContribution } from "~/modules/submissions/withdraw-contribution.server";
import { refreshSummaries } from "~/modules/summaries/rollups/refresh-summaries.server";
import { addContribution, seedRollupWorld, type RollupWorld } from "../summaries/rollup-world";

let world: RollupWorld;
beforeAll(async () => {
  world = await seedRollupWorld();
});
/** A sent contribution, refreshed into the rollups: an empty outbox, so "is dirty" then means a self-description write. */
async function sentContribution(): Promise<string> {
  const id = await addContribution(world);
  await refreshSummaries();
  return id;
}

const isDirty = async (submissionId: string) => (await getDb().summaryDirty.count({ where: { submissionId } })) === 1;
const row = (submissionId: string) => getDb().selfDescription.findUnique({ where: { submissionId } });

describe("saving a self-description", () => {
  it("stores it encrypted, with today's consent date, and marks the contribution for the rollups", async () => {
    const id = await sentContribution();
    const saved = await saveSelfDescription({
      submissionId: id,
      values: { genderIdentity: { value: "selfDescribed", words: "Two-spirit" }, disability: { value: "yes" } },
      consented: true,
      now: new Date("2026-12-03T15:00:00Z"),
    });
    expect(saved).toEqual({ kind: "saved", changed: false });
    const stored = await row(id);
    expect(stored?.consentedOn.toISOString().slice(0, 10)).toBe("2026-12-03");
    expect(stored?.changedOn).toBeNull();
    // Ciphertext only: neither the words nor a value name appear in the column.
    expect(stored?.valuesCipher).not.toMatch(/Two-spirit|disability|genderIdentity/);
    expect(await isDirty(id)).toBe(true);
    expect((await readOwnSelfDescription(id))?.values).toEqual({
      genderIdentity: { value: "selfDescribed", words: "Two-spirit" },
      disability: { value: "yes" },
    });
  });

  it("changes it (changedOn set) and deletes it, each time marking the contribution again", async () => {
    const id = await sentContribution();
    await saveSelfDescription({ submissionId: id, values: { ageBand: { value: "under25" } }, consented: true });
    await refreshSummaries();
    const changed = await saveSelfDescription({ submissionId: id, values: { ageBand: { value: "preferNot" } }, consented: true, now: new Date("2026-12-04T10:00:00Z") });
    expect(changed).toEqual({ kind: "saved", changed: true });
    expect((await row(id))?.changedOn?.toISOString().slice(0, 10)).toBe("2026-12-04");
    expect(await isDirty(id)).toBe(true);
    await refreshSummaries();
    expect(await deleteSelfDescription(id)).toEqual({ kind: "deleted" });
    expect(await row(id)).toBeNull();
    expect(await isDirty(id)).toBe(true);
    expect(await deleteSelfDescription(id)).toEqual({ kind: "nothingToDelete" });
  });

  it("refuses without its own consent, with nothing chosen, and stores nothing", async () => {
    const id = await sentContribution();
    expect(await saveSelfDescription({ submissionId: id, values: { disability: { value: "no" } }, consented: false })).toMatchObject({
      kind: "refused",
      field: "consent",
      error: "selfdescription:errors.consentRequired",
    });
    expect(await saveSelfDescription({ submissionId: id, values: {}, consented: true })).toMatchObject({
      kind: "refused",
      error: "selfdescription:errors.nothingChosen",
    });
    expect(await row(id)).toBeNull();
    expect(await isDirty(id)).toBe(false);
  });

  it("refuses a dimension the consultation does not ask, an unknown value, and self-described without words", async () => {
    const id = await sentContribution();
    // The demo asks gender identity, orientation, age band and disability — not religion.
    expect(await saveSelfDescription({ submissionId: id, values: { religionOrBelief: { value: "noReligion" } }, consented: true })).toMatchObject({
      kind: "refused",
      error: "selfdescription:errors.notAsked",
    });
    expect(await saveSelfDescription({ submissionId: id, values: { disability: { value: "maybe" } }, consented: true })).toMatchObject({
      kind: "refused",
      field: "disability",
      error: "selfdescription:errors.valueUnknown",
    });
    expect(
      await saveSelfDescription({ submissionId: id, values: { genderIdentity: { value: "selfDescribed", words: "  " } }, consented: true }),
    ).toMatchObject({ kind: "refused", field: "genderIdentityWords", error: "selfdescription:errors.wordsMissing" });
    expect(
      await saveSelfDescription({ submissionId: id, values: { genderIdentity: { value: "selfDescribed", words: "x".repeat(81) } }, consented: true }),
    ).toMatchObject({ kind: "refused", error: "selfdescription:errors.wordsTooLong" });
    expect(await row(id)).toBeNull();
  });

  it("is only for sent contributions: not a draft, not a withdrawn one", async () => {
    const draft = await addContribution(world, { status: "draft" });
    expect(await saveSelfDescription({ submissionId: draft, values: { disability: { value: "no" } }, consented: true })).toEqual({ kind: "notFound" });
    const sent = await sentContribution();
    await withdrawContribution(sent);
    expect(await saveSelfDescription({ submissionId: sent, values: { disability: { value: "no" } }, consented: true })).toEqual({ kind: "notFound" });
    expect(await getDb().selfDescription.count({ where: { submissionId: { in: [draft, sent] } } })).toBe(0);
  });
});

describe("withdrawal", () => {
  it("deletes the self-description row with the words, so group totals drop", async () => {
    const id = await sentContribution();
    await saveSelfDescription({ submissionId: id, values: { sexualOrientation: { value: "queer" } }, consented: true });
    await refreshSummaries();
    expect(await withdrawContribution(id)).toMatchObject({ kind: "withdrawn" });
    expect(await row(id)).toBeNull();
    expect(await isDirty(id)).toBe(true);
    expect(await readOwnSelfDescription(id)).toBeNull();
  });
});
