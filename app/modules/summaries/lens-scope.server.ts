/**
 * Which lenses a drafter may look through: every countable value of every
 * dimension asked by at least one of the consultations they read (their
 * hosts' choice, Consultation.selfDescriptionDimensions), alone or with a
 * value of another such dimension. A lens on a dimension none of them asks
 * is as unknown as a value that does not exist.
 */
import { getDb } from "~/modules/db/db.server";
import { normaliseDimensions, selfDescriptionDimensions, type Dimension, type Lens } from "~/modules/self-description/dimensions";
import type { SummaryRegion } from "./summary-scope.server";

export type LensOption = { dimension: Dimension; values: string[] };

export async function askedLensOptions(regions: readonly SummaryRegion[]): Promise<LensOption[]> {
  if (regions.length === 0) return [];
  const rows = await getDb().consultation.findMany({
    where: { id: { in: regions.map((region) => region.consultationId) } },
    select: { selfDescriptionDimensions: true },
  });
  return normaliseDimensions(rows.flatMap((row) => row.selfDescriptionDimensions)).map((dimension) => ({
    dimension,
    values: [...selfDescriptionDimensions[dimension]],
  }));
}

export function isLensAsked(lens: Lens, options: readonly LensOption[]): boolean {
  return lens.every((part) => options.some((option) => option.dimension === part.dimension && option.values.includes(part.value)));
}

/** Every lens the options allow: each value alone, then each pair of values of two different dimensions (in the shipped order). */
export function allLenses(options: readonly LensOption[]): Lens[] {
  const singles = options.flatMap((option) => option.values.map((value) => [{ dimension: option.dimension, value }] as const));
  const pairs: Lens[] = [];
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      for (const a of options[i]!.values) for (const b of options[j]!.values) pairs.push([{ dimension: options[i]!.dimension, value: a }, { dimension: options[j]!.dimension, value: b }]);
    }
  }
  return [...singles, ...pairs];
}
