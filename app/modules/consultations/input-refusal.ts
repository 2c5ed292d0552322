/**
 * Why a consultation does not take input right now, as the participation
 * flow shows it. Shared by server and browser code: no database here.
 */
import { formatDay } from "~/modules/consultations/translation";

export type InputRefusalReason = "closed" | "notYetOpen" | "notFound";

export type InputRefusal = {
  reason: InputRefusalReason;
  /** Calendar days in the consultation's own time zone ("2027-01-31"); null when there is no such consultation. */
  opensOn: string | null;
  closesOn: string | null;
  opensAt: Date | null;
  closesAt: Date | null;
  timeZone: string | null;
};

/** Translation keys written out in full, so the unused-key check can see them. */
const refusalKeys: Record<InputRefusalReason, string> = {
  closed: "consultations:refusal.closed",
  notYetOpen: "consultations:refusal.notYetOpen",
  notFound: "consultations:refusal.notFound",
};

/**
 * The translated message for a refusal: pass `key` and `values` to `t`.
 * Dates are written in the reader's language and the consultation's zone.
 */
export function inputRefusalMessage(refusal: InputRefusal, language: string): { key: string; values: { opens: string; closes: string } } {
  const zone = refusal.timeZone ?? "UTC";
  return {
    key: refusalKeys[refusal.reason],
    values: {
      opens: refusal.opensAt ? formatDay(new Date(refusal.opensAt), language, zone) : "",
      closes: refusal.closesAt ? formatDay(new Date(refusal.closesAt), language, zone) : "",
    },
  };
}
