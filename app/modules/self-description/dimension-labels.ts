/**
 * Translation keys of every dimension and value (locales/<lng>/selfdescription.json,
 * top-level "dimension"), written out in full (the locale test's house rule).
 * Shared by the participant's form, their own view, the hosts' settings and
 * the drafters' lens views.
 */
import { preferNotToSay, selfDescribed, type Dimension, type DimensionValue, type Lens } from "./dimensions";

export const dimensionLabelKeys: Record<Dimension, string> = {
  genderIdentity: "selfdescription:dimension.genderIdentity.label",
  sexualOrientation: "selfdescription:dimension.sexualOrientation.label",
  ageBand: "selfdescription:dimension.ageBand.label",
  disability: "selfdescription:dimension.disability.label",
  ethnicOrIndigenous: "selfdescription:dimension.ethnicOrIndigenous.label",
  religionOrBelief: "selfdescription:dimension.religionOrBelief.label",
  migrationOrDisplacement: "selfdescription:dimension.migrationOrDisplacement.label",
};

export const valueLabelKeys: { [D in Dimension]: Record<DimensionValue<D>, string> } = {
  genderIdentity: {
    woman: "selfdescription:dimension.genderIdentity.value.woman",
    man: "selfdescription:dimension.genderIdentity.value.man",
    nonBinary: "selfdescription:dimension.genderIdentity.value.nonBinary",
    trans: "selfdescription:dimension.genderIdentity.value.trans",
  },
  sexualOrientation: {
    lesbianOrGay: "selfdescription:dimension.sexualOrientation.value.lesbianOrGay",
    bisexual: "selfdescription:dimension.sexualOrientation.value.bisexual",
    heterosexual: "selfdescription:dimension.sexualOrientation.value.heterosexual",
    queer: "selfdescription:dimension.sexualOrientation.value.queer",
  },
  ageBand: {
    under25: "selfdescription:dimension.ageBand.value.under25",
    from25to39: "selfdescription:dimension.ageBand.value.from25to39",
    from40to59: "selfdescription:dimension.ageBand.value.from40to59",
    over60: "selfdescription:dimension.ageBand.value.over60",
  },
  disability: {
    yes: "selfdescription:dimension.disability.value.yes",
    no: "selfdescription:dimension.disability.value.no",
  },
  ethnicOrIndigenous: {
    ethnicMinority: "selfdescription:dimension.ethnicOrIndigenous.value.ethnicMinority",
    indigenous: "selfdescription:dimension.ethnicOrIndigenous.value.indigenous",
    neither: "selfdescription:dimension.ethnicOrIndigenous.value.neither",
  },
  religionOrBelief: {
    religiousMinority: "selfdescription:dimension.religionOrBelief.value.religiousMinority",
    religiousMajority: "selfdescription:dimension.religionOrBelief.value.religiousMajority",
    noReligion: "selfdescription:dimension.religionOrBelief.value.noReligion",
  },
  migrationOrDisplacement: {
    refugeeOrAsylum: "selfdescription:dimension.migrationOrDisplacement.value.refugeeOrAsylum",
    internallyDisplaced: "selfdescription:dimension.migrationOrDisplacement.value.internallyDisplaced",
    migrant: "selfdescription:dimension.migrationOrDisplacement.value.migrant",
    notDisplaced: "selfdescription:dimension.migrationOrDisplacement.value.notDisplaced",
  },
};

/** The key of any answer a dimension offers: its values, "prefer not to say", "I describe it myself". */
export function answerLabelKey(dimension: Dimension, value: string): string {
  if (value === preferNotToSay) return "selfdescription:answers.preferNot";
  if (value === selfDescribed) return "selfdescription:answers.selfDescribed";
  return (valueLabelKeys[dimension] as Record<string, string>)[value] ?? "selfdescription:answers.unknown";
}

/** The key of a countable value (a lens group, a table row); the dimension's own label for anything else. */
export function valueLabelKey(dimension: Dimension, value: string): string {
  return (valueLabelKeys[dimension] as Record<string, string>)[value] ?? dimensionLabelKeys[dimension];
}

/** A lens in words: "Disability: Has a disability" (and " · " the second part), from a translation function. */
export function lensLabel(t: (key: string) => string, lens: Lens): string {
  return lens.map((part) => `${t(dimensionLabelKeys[part.dimension])}: ${t(valueLabelKey(part.dimension, part.value))}`).join(" · ");
}
