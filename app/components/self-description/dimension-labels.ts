import type { Dimension, Lens } from "~/modules/self-description/dimensions";

/**
 * The translation keys of the shipped dimensions and their countable values
 * (locales/<lng>/selfdescription.json), written out in full so the
 * unused-key check can see them. Shared by server and browser.
 */
export const dimensionLabelKeys = {
  genderIdentity: {
    label: "selfdescription:dimension.genderIdentity.label",
    values: {
      woman: "selfdescription:dimension.genderIdentity.value.woman",
      man: "selfdescription:dimension.genderIdentity.value.man",
      nonBinary: "selfdescription:dimension.genderIdentity.value.nonBinary",
      trans: "selfdescription:dimension.genderIdentity.value.trans",
    },
  },
  sexualOrientation: {
    label: "selfdescription:dimension.sexualOrientation.label",
    values: {
      lesbianOrGay: "selfdescription:dimension.sexualOrientation.value.lesbianOrGay",
      bisexual: "selfdescription:dimension.sexualOrientation.value.bisexual",
      heterosexual: "selfdescription:dimension.sexualOrientation.value.heterosexual",
      queer: "selfdescription:dimension.sexualOrientation.value.queer",
    },
  },
  ageBand: {
    label: "selfdescription:dimension.ageBand.label",
    values: {
      under25: "selfdescription:dimension.ageBand.value.under25",
      from25to39: "selfdescription:dimension.ageBand.value.from25to39",
      from40to59: "selfdescription:dimension.ageBand.value.from40to59",
      over60: "selfdescription:dimension.ageBand.value.over60",
    },
  },
  disability: {
    label: "selfdescription:dimension.disability.label",
    values: {
      yes: "selfdescription:dimension.disability.value.yes",
      no: "selfdescription:dimension.disability.value.no",
    },
  },
  ethnicOrIndigenous: {
    label: "selfdescription:dimension.ethnicOrIndigenous.label",
    values: {
      ethnicMinority: "selfdescription:dimension.ethnicOrIndigenous.value.ethnicMinority",
      indigenous: "selfdescription:dimension.ethnicOrIndigenous.value.indigenous",
      neither: "selfdescription:dimension.ethnicOrIndigenous.value.neither",
    },
  },
  religionOrBelief: {
    label: "selfdescription:dimension.religionOrBelief.label",
    values: {
      religiousMinority: "selfdescription:dimension.religionOrBelief.value.religiousMinority",
      religiousMajority: "selfdescription:dimension.religionOrBelief.value.religiousMajority",
      noReligion: "selfdescription:dimension.religionOrBelief.value.noReligion",
    },
  },
  migrationOrDisplacement: {
    label: "selfdescription:dimension.migrationOrDisplacement.label",
    values: {
      refugeeOrAsylum: "selfdescription:dimension.migrationOrDisplacement.value.refugeeOrAsylum",
      internallyDisplaced: "selfdescription:dimension.migrationOrDisplacement.value.internallyDisplaced",
      migrant: "selfdescription:dimension.migrationOrDisplacement.value.migrant",
      notDisplaced: "selfdescription:dimension.migrationOrDisplacement.value.notDisplaced",
    },
  },
} as const satisfies Record<Dimension, { label: string; values: Record<string, string> }>;

export function valueLabelKey(dimension: Dimension, value: string): string {
  return (dimensionLabelKeys[dimension].values as Record<string, string>)[value] ?? dimensionLabelKeys[dimension].label;
}

/** A lens in words: "Disability: Has a disability" (and " · " the second part), from a translation function. */
export function lensLabel(t: (key: string) => string, lens: Lens): string {
  return lens.map((part) => `${t(dimensionLabelKeys[part.dimension].label)}: ${t(valueLabelKey(part.dimension, part.value))}`).join(" · ");
}
