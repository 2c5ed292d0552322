/**
 * The self-description dimensions Convene ships (issue 13). A consultation's
 * hosts choose which of them to ask about (Consultation.selfDescriptionDimensions);
 * a participant may answer any of them, or none, at the end of the flow.
 * Shared by server and browser: no server-only imports, no strings (the
 * words are in locales/<lng>/selfdescription.json).
 *
 * Every dimension offers "prefer not to say" and a self-described option
 * (the person's own words, encrypted, never counted by their wording).
 * A lens is one value of one dimension, or two values of two different
 * dimensions — never more (DESIGN §6).
 */
export const selfDescriptionDimensions = {
  genderIdentity: ["woman", "man", "nonBinary", "trans"],
  sexualOrientation: ["lesbianOrGay", "bisexual", "heterosexual", "queer"],
  ageBand: ["under25", "from25to39", "from40to59", "over60"],
  disability: ["yes", "no"],
  ethnicOrIndigenous: ["ethnicMinority", "indigenous", "neither"],
  religionOrBelief: ["religiousMinority", "religiousMajority", "noReligion"],
  migrationOrDisplacement: ["refugeeOrAsylum", "internallyDisplaced", "migrant", "notDisplaced"],
} as const satisfies Record<string, readonly string[]>;

export type Dimension = keyof typeof selfDescriptionDimensions;
export const dimensionNames = Object.keys(selfDescriptionDimensions) as Dimension[];

/** Answers every dimension also offers; never a lens group (one is a refusal, the other is each person's own words). */
export const preferNotToSay = "preferNot";
export const selfDescribed = "selfDescribed";

export type DimensionValue<D extends Dimension = Dimension> = (typeof selfDescriptionDimensions)[D][number];

/** What one person said for one dimension. */
export type DimensionAnswer =
  | { value: string } // one of the dimension's values, or preferNotToSay
  | { value: typeof selfDescribed; words: string };

/** The decrypted document stored in SelfDescription.valuesCipher: only the dimensions the person answered. */
export type SelfDescriptionValues = Partial<Record<Dimension, DimensionAnswer>>;

/** The longest self-described wording kept (a few words, not a story). */
export const selfDescribedMaxLength = 80;

export function isDimension(value: unknown): value is Dimension {
  return typeof value === "string" && Object.hasOwn(selfDescriptionDimensions, value);
}

export function isDimensionValue(dimension: Dimension, value: unknown): boolean {
  return typeof value === "string" && (selfDescriptionDimensions[dimension] as readonly string[]).includes(value);
}

/** The hosts' choice, in the shipped order, unknown names dropped. */
export function normaliseDimensions(names: readonly string[]): Dimension[] {
  return dimensionNames.filter((name) => names.includes(name));
}

/** One group of a lens: a dimension and one of its (countable) values. */
export type LensPart = { dimension: Dimension; value: string };
/** One or two parts, two always of different dimensions, in the shipped dimension order. */
export type Lens = readonly [LensPart] | readonly [LensPart, LensPart];

export const maxLensDimensions = 2;

const partKey = (part: LensPart) => `${part.dimension}=${part.value}`;

/** The lens's key in SummaryLensCell.lens and in addresses (`?lens=`): parts in dimension order, joined by "&". */
export function lensKey(lens: Lens): string {
  return [...lens].sort((a, b) => dimensionNames.indexOf(a.dimension) - dimensionNames.indexOf(b.dimension)).map(partKey).join("&");
}

/** A lens key back to its parts; null for anything that is not an allowed lens (so a route answers 400 or ignores it). */
export function parseLens(key: string | null | undefined): Lens | null {
  if (!key) return null;
  const parts = key.split("&");
  if (parts.length < 1 || parts.length > maxLensDimensions) return null;
  const parsed: LensPart[] = [];
  for (const part of parts) {
    const [dimension, value, extra] = part.split("=");
    if (extra !== undefined || !isDimension(dimension) || !isDimensionValue(dimension, value)) return null;
    parsed.push({ dimension, value: value! });
  }
  if (parsed.length === 2 && parsed[0]!.dimension === parsed[1]!.dimension) return null;
  const lens = parsed as unknown as Lens;
  // Only the canonical spelling is a lens: one query, one address, one answer.
  return lensKey(lens) === key ? lens : null;
}

/**
 * Every lens key one person's self-description puts them in: each answered
 * countable value alone, and each pair of them (different dimensions).
 * "Prefer not to say" and self-described answers are in no group.
 */
export function lensKeysOf(values: SelfDescriptionValues): string[] {
  const parts: LensPart[] = dimensionNames.flatMap((dimension) => {
    const answer = values[dimension];
    return answer && isDimensionValue(dimension, answer.value) ? [{ dimension, value: answer.value }] : [];
  });
  const keys = parts.map((part) => lensKey([part]));
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) keys.push(lensKey([parts[i]!, parts[j]!]));
  }
  return keys;
}
