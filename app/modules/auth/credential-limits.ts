/**
 * The lengths behind the credential rules, without the rules: pages show them
 * in hints, and importing credentials-rules.ts from a page would put zod and
 * the schemas into the browser bundle (validation happens on the server).
 */
export const pseudonymMaxLength = 40;
/** Past this, the field is refused outright as oversized (not just "too long"). */
export const pseudonymHardLimit = 200;
export const passphraseMinLength = 10;
export const passphraseMaxLength = 512;
