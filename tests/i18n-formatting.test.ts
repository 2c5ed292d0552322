/**
 * Numbers, plurals and dates in the page's language (issue 14): Arabic's six
 * plural forms are reached through i18next's Intl.PluralRules path; Persian,
 * Dari and Pashto put their own digits into sentences and show Gregorian
 * dates; Latin-script languages are unchanged.
 */
import { describe, expect, it } from "vitest";
import { fixedTranslator } from "~/http/i18n.server";
import { formatDay } from "~/modules/consultations/translation";
import ar from "../locales/ar/workspace.json";
import fa from "../locales/fa/workspace.json";
import uk from "../locales/uk/workspace.json";

describe("plural forms", () => {
  it("gives Arabic a different sentence for 0, 1, 2, 3, 11 and 100", () => {
    const t = fixedTranslator("ar");
    const sentences = [0, 1, 2, 3, 11, 100].map((count) => t("workspace:queue.total", { count }));
    expect(sentences).toEqual([
      ar.queue.total_zero,
      ar.queue.total_one,
      ar.queue.total_two,
      ar.queue.total_few.replace("{{count}}", "3"),
      ar.queue.total_many.replace("{{count}}", "11"),
      ar.queue.total_other.replace("{{count}}", "100"),
    ]);
  });

  it("gives Ukrainian its one, few and many forms (21 is 'one')", () => {
    const t = fixedTranslator("uk");
    expect(t("workspace:queue.total", { count: 21 })).toBe(uk.queue.total_one.replace("{{count}}", "21"));
    expect(t("workspace:queue.total", { count: 3 })).toBe(uk.queue.total_few.replace("{{count}}", "3"));
    expect(t("workspace:queue.total", { count: 7 })).toBe(uk.queue.total_many.replace("{{count}}", "7"));
  });
});

describe("digits and calendars", () => {
  it("puts Persian digits into a Persian sentence, and leaves English and Arabic digits as they were", () => {
    expect(fixedTranslator("fa")("workspace:queue.total", { count: 12 })).toBe(fa.queue.total_other.replace("{{count}}", "۱۲"));
    expect(fixedTranslator("ps")("workspace:queue.total", { count: 12 })).toContain("۱۲");
    expect(fixedTranslator("en")("workspace:queue.total", { count: 2026 })).toBe("2026 contributions in this queue");
    expect(fixedTranslator("ar")("workspace:queue.total", { count: 12 })).toContain("12");
  });

  it("shows a consultation's dates in the Gregorian calendar in Persian, Dari and Pashto, with their digits", () => {
    const day = new Date("2026-11-01T12:00:00Z");
    expect(formatDay(day, "fa", "Europe/Amsterdam")).toBe("۱ نوامبر ۲۰۲۶");
    expect(formatDay(day, "ps", "Europe/Amsterdam")).toMatch(/۱/);
    expect(formatDay(day, "fa-AF", "Europe/Amsterdam")).toContain("۲۰۲۶");
    expect(formatDay(day, "ps", "Europe/Amsterdam")).toContain("۲۰۲۶");
    // Not the Solar Hijri year 1405.
    for (const language of ["fa", "fa-AF", "ps"]) expect(formatDay(day, language, "UTC")).not.toContain("۱۴۰۵");
    expect(formatDay(day, "en", "UTC")).toBe("November 1, 2026");
  });
});
