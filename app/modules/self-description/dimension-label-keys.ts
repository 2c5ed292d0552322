import type { Dimension } from "./dimensions";

/**
 * The translation keys of the shipped dimensions and their countable values
 * (locales/<lng>/selfdescription.json), written out in full so the
 * unused-key check can see them. Shared by server and browser.
 */
export const dimensionLabelKeys: Record<Dimension, { label: string; values: Record<string, string> }> = {
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
};
