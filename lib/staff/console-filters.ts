// Reading the GET filters of the staff console's lists (case search, audit log): plain query
// strings, typed by people, bounded and checked here so that a bad value becomes a message beside
// its field, never a 500 or a silently ignored filter. Dates are days as staff mean them: Beijing
// days (UTC+8), the `from` day included from its start and the `to` day up to its end.

export type SearchParams = Record<string, string | string[] | undefined>;

const BEIJING_OFFSET = "+08:00";
const DAY_MS = 24 * 60 * 60 * 1000;

/** One text parameter: the first value, trimmed and cut to `max` characters. */
export function textParam(params: SearchParams, name: string, max = 100): string {
  const raw = params[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "").trim().slice(0, max);
}

/** `2026-11-29` → the start of that day in Beijing; null for anything that is not a real date. */
export function beijingDayStart(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00${BEIJING_OFFSET}`);
  if (Number.isNaN(date.getTime())) return null;
  // 2026-02-30 parses as 2 March: refuse days that do not exist.
  const back = new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return back === value ? date : null;
}

export type DateRangeProblem = "date" | "order";

export interface DateRange {
  /** Inclusive start. */
  from: Date | null;
  /** Exclusive end: the start of the day after `to`. */
  before: Date | null;
}

export function parseDateRange(fromText: string, toText: string): { range: DateRange; errors: { from?: DateRangeProblem; to?: DateRangeProblem } } {
  const from = fromText ? beijingDayStart(fromText) : null;
  const toStart = toText ? beijingDayStart(toText) : null;
  const errors: { from?: DateRangeProblem; to?: DateRangeProblem } = {};
  if (fromText && !from) errors.from = "date";
  if (toText && !toStart) errors.to = "date";
  if (from && toStart && toStart.getTime() < from.getTime()) errors.to = "order";
  return { range: { from, before: toStart ? new Date(toStart.getTime() + DAY_MS) : null }, errors };
}

/** A page number from the query: 1 for anything missing or odd, at most `max`. */
export function pageParam(params: SearchParams, max = 10_000): number {
  const value = Number.parseInt(textParam(params, "page", 6), 10);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : 1;
}

/** The query string of a list page with one value changed (for the pagination links). */
export function withParam(values: Record<string, string>, name: string, value: string): string {
  const query = new URLSearchParams();
  for (const [key, current] of Object.entries({ ...values, [name]: value })) if (current) query.set(key, current);
  return query.toString();
}
