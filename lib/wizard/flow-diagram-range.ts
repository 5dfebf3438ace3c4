// The date range of the staff funnel: two calendar days, both included, as staff in Beijing mean
// them (China has kept UTC+8 all year since 1991). Pure: the page passes the query and the clock.
import { z } from "zod";

export const DEFAULT_RANGE_DAYS = 30;
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** A calendar day as the date input sends it (YYYY-MM-DD), checked to exist (no 2 月 30 日). */
const calendarDay = z
  .string()
  .trim()
  .min(1, { message: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidDate" })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && date.getUTCFullYear() >= 2000 && date.getUTCFullYear() <= 2099;
  }, { message: "invalidDate" });

export const dateRangeSchema = z
  .object({ from: calendarDay, to: calendarDay })
  .refine(({ from, to }) => from <= to, { message: "toBeforeFrom", path: ["to"] });
export type DateRange = z.infer<typeof dateRangeSchema>;

export type DateRangeErrorCode = "required" | "invalidDate" | "toBeforeFrom";

/** The Beijing calendar day of an instant. */
export function beijingDay(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last 30 days, today included. */
export function defaultDateRange(now: Date): DateRange {
  return { from: beijingDay(new Date(now.getTime() - (DEFAULT_RANGE_DAYS - 1) * DAY_MS)), to: beijingDay(now) };
}

/** The instants the range covers: from the first day's Beijing midnight up to (not including) the midnight after the last. */
export function dateRangeInstants(range: DateRange): { start: Date; end: Date } {
  const midnight = (day: string) => new Date(`${day}T00:00:00Z`).getTime() - BEIJING_OFFSET_MS;
  return { start: new Date(midnight(range.from)), end: new Date(midnight(range.to) + DAY_MS) };
}

export interface ParsedDateRange {
  /** The range to count over: the one asked for, or the default while the query is wrong. */
  range: DateRange;
  /** What the form shows again: the typed text, kept even when wrong. */
  values: { from: string; to: string };
  errors: Partial<Record<keyof DateRange, DateRangeErrorCode>>;
}

/** Reads `from` and `to` from the query; neither given means the default range. */
export function parseDateRange(query: { from?: string; to?: string }, now: Date): ParsedDateRange {
  const fallback = defaultDateRange(now);
  if (query.from === undefined && query.to === undefined) return { range: fallback, values: fallback, errors: {} };
  const values = { from: query.from ?? "", to: query.to ?? "" };
  const parsed = dateRangeSchema.safeParse(values);
  if (parsed.success) return { range: parsed.data, values, errors: {} };
  const errors: ParsedDateRange["errors"] = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "from" || field === "to") && !errors[field]) errors[field] = issue.message as DateRangeErrorCode;
  }
  return { range: fallback, values, errors };
}
