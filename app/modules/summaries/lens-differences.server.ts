/**
 * "Where groups differ most" (issue 13): for one theme, the stances where a
 * group's share differs most from everyone's, over every principle of the
 * theme and every single-value lens the readable consultations ask about.
 *
 * Only what the lens views themselves publish is compared: a view withheld
 * (rule 2) or attributed (rule 3) contributes nothing, and a stance only
 * where both shares exist — shareOf of shown counts over shown totals — so
 * this page cannot reveal a number the principle page would hide. Pairs of
 * dimensions are left to the principle page: their groups are the smallest
 * and a ranking across them would invite reading the tail.
 */
import type { Theme } from "~/generated/prisma/enums";
import type { Membership } from "~/modules/auth/actor.server";
import { themes } from "~/modules/consultations/themes";
import { shareOf } from "~/modules/disclosure/shown-count";
import type { Lens } from "~/modules/self-description/dimensions";
import { lensKey } from "~/modules/self-description/dimensions";
import { listRegionPrinciples, resolveDraftingScope, type DraftingUnknown, type PrincipleTitle } from "./drafting-scope.server";
import { lensStances } from "./lens-tables.server";
import { askedLensOptions } from "./lens-scope.server";
import { stances } from "./summary-tables.server";

export const differencesShown = 20;

export type GroupDifference = {
  principle: number;
  lens: Lens;
  key: string;
  stance: (typeof stances)[number];
  groupShare: number;
  everyoneShare: number;
  /** groupShare − everyoneShare, in percentage points. */
  difference: number;
};

export type ThemeDifferences = { kind: "ok"; theme: Theme; principles: PrincipleTitle[]; asked: boolean; differences: GroupDifference[] };

export async function showThemeDifferences(input: { memberships: readonly Membership[]; language: string; theme: string }): Promise<ThemeDifferences | DraftingUnknown> {
  const theme = themes.find((candidate) => candidate === input.theme);
  if (!theme) return { kind: "unknown", what: "theme" };
  const resolved = await resolveDraftingScope({ ...input, filters: {} });
  if (resolved.kind !== "ok") return resolved;
  const { regions } = resolved.scope;
  const [principles, options] = await Promise.all([listRegionPrinciples(regions, input.language, { theme }), askedLensOptions(regions)]);
  const lenses: Lens[] = options.flatMap((option) => option.values.map((value) => [{ dimension: option.dimension, value }] as const));
  const found: GroupDifference[] = [];
  for (const principle of principles) {
    for (const lens of lenses) {
      const view = await lensStances(regions, principle.number, lens, input.language);
      if (view.group.status !== "shown" || view.group.attributed) continue;
      view.rows.forEach((row, index) => {
        const groupShare = shareOf(view.group.group[index]!, view.group.groupTotal);
        const everyoneShare = shareOf(view.everyone[index]!, view.everyoneTotal);
        if (groupShare === null || everyoneShare === null) return;
        found.push({
          principle: principle.number,
          lens,
          key: view.key,
          stance: row.key as GroupDifference["stance"],
          groupShare,
          everyoneShare,
          difference: groupShare - everyoneShare,
        });
      });
    }
  }
  return { kind: "ok", theme, principles, asked: options.length > 0, differences: rankDifferences(found).slice(0, differencesShown) };
}

/** Largest difference (either way) first; ties by principle number, then lens key, then the stances' own order. */
export function rankDifferences(differences: readonly GroupDifference[]): GroupDifference[] {
  return [...differences].sort(
    (a, b) =>
      Math.abs(b.difference) - Math.abs(a.difference) ||
      a.principle - b.principle ||
      (lensKey(a.lens) < lensKey(b.lens) ? -1 : lensKey(a.lens) > lensKey(b.lens) ? 1 : 0) ||
      stances.indexOf(a.stance) - stances.indexOf(b.stance),
  );
}
