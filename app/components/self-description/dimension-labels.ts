import { dimensionLabelKeys } from "~/modules/self-description/dimension-label-keys";
import type { Dimension, Lens } from "~/modules/self-description/dimensions";

export { dimensionLabelKeys };

export function valueLabelKey(dimension: Dimension, value: string): string {
  return dimensionLabelKeys[dimension].values[value] ?? dimensionLabelKeys[dimension].label;
}

/** A lens in words: "Disability: Has a disability" (and " · " the second part), from a translation function. */
export function lensLabel(t: (key: string) => string, lens: Lens): string {
  return lens.map((part) => `${t(dimensionLabelKeys[part.dimension].label)}: ${t(valueLabelKey(part.dimension, part.value))}`).join(" · ");
}
