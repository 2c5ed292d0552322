/**
 * lensMembers (the lens views' quote filter, issue 13 rule 5): which of the
 * given contributions are in a group, read from their encrypted
 * self-descriptions; "prefer not to say" answers are in no group.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { lensMembers } from "~/modules/self-description/lens-membership.server";
import { createWorld, type World } from "../support/actors";
import { seedSelfDescription } from "../support/self-description";

let world: World;
beforeAll(async () => {
  world = await createWorld();
  await seedSelfDescription(world.participantAContributionId, { disability: { value: "yes" }, ageBand: { value: "preferNot" } });
});

describe("lensMembers", () => {
  it("finds the contribution in its groups and in no other", async () => {
    const id = world.participantAContributionId;
    expect(await lensMembers([id], [{ dimension: "disability", value: "yes" }])).toEqual(new Set([id]));
    expect(await lensMembers([id], [{ dimension: "disability", value: "no" }])).toEqual(new Set());
    // "Prefer not to say" is no group, alone or in a pair.
    expect(await lensMembers([id], [{ dimension: "ageBand", value: "over60" }, { dimension: "disability", value: "yes" }])).toEqual(new Set());
    expect(await lensMembers([], [{ dimension: "disability", value: "yes" }])).toEqual(new Set());
  });

});
