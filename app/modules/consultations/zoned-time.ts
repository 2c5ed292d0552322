/**
 * A consultation's dates are entered and shown in its own time zone (an
 * IANA name such as "America/Bogota") and stored in UTC. Only Intl is used:
 * no time-zone database is shipped with the app, the one in Node/ICU is.
 */
import { formattingLocale } from "~/modules/i18n/config";

/** The canonical spelling of an IANA time zone, or null when Intl does not know it. */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  // Offsets like "+05:00" are accepted by newer Intl versions but are not places: refuse them.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(trimmed)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export type LocalDateTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time in `timeZone` at the instant `date`. */
export function toLocalDateTime(date: Date, timeZone: string): LocalDateTime {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function asUtcMilliseconds(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}

/**
 * The instant when clocks in `timeZone` show `local`. Offsets are found by
 * asking Intl what the clock shows and correcting twice, which settles
 * across daylight-saving changes; a time skipped by a change (02:30 on a
 * spring-forward night) becomes the first instant after the gap.
 */
export function fromLocalDateTime(local: LocalDateTime, timeZone: string): Date {
  const wanted = asUtcMilliseconds(local);
  let guess = wanted;
  for (let attempt = 0; attempt < 2; attempt++) {
    const shown = asUtcMilliseconds(toLocalDateTime(new Date(guess), timeZone));
    guess += wanted - shown;
  }
  return new Date(guess);
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "2026-11-01" → its parts, or null when it is not a real calendar day. */
export function parseDay(value: string): { year: number; month: number; day: number } | null {
  const match = datePattern.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (year < 2000 || year > 2100) return null;
  return { year, month, day };
}

/** "14:30" → its parts, or null. */
export function parseTime(value: string): { hour: number; minute: number } | null {
  const match = timePattern.exec(value.trim());
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

/**
 * Opening: the given time, or the start of the day.
 * Closing: the given time, or the last second of the day, so "closes on
 * 31 January" takes input all of that day and is shown as 31 January.
 */
export function openingInstant(day: string, time: string, timeZone: string): Date | null {
  const date = parseDay(day);
  const clock = time.trim() ? parseTime(time) : { hour: 0, minute: 0 };
  if (!date || !clock) return null;
  return fromLocalDateTime({ ...date, ...clock, second: 0 }, timeZone);
}

export function closingInstant(day: string, time: string, timeZone: string): Date | null {
  const date = parseDay(day);
  if (!date) return null;
  if (!time.trim()) return fromLocalDateTime({ ...date, hour: 23, minute: 59, second: 59 }, timeZone);
  const clock = parseTime(time);
  return clock ? fromLocalDateTime({ ...date, ...clock, second: 0 }, timeZone) : null;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The form's values for an instant: day, and time unless it is the default for that end. */
export function toFormValues(date: Date, timeZone: string, end: "opens" | "closes"): { day: string; time: string } {
  const local = toLocalDateTime(date, timeZone);
  const day = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
  const isDefault =
    end === "opens"
      ? local.hour === 0 && local.minute === 0 && local.second === 0
      : local.hour === 23 && local.minute === 59 && local.second === 59;
  return { day, time: isDefault ? "" : `${pad(local.hour)}:${pad(local.minute)}` };
}

/** The calendar day in the consultation's zone, "YYYY-MM-DD" (for machines and for the refusal). */
export function localDay(date: Date, timeZone: string): string {
  return toFormValues(date, timeZone, "opens").day;
}

/** Day and time for people, in their language, with the zone named. */
export function formatDateTime(date: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}
