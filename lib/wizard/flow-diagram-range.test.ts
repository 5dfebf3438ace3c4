import { describe, expect, it } from "vitest";
import { beijingDay, dateRangeInstants, defaultDateRange, parseDateRange } from "./flow-diagram-range";

// 2026-12-04 01:30 in Beijing is still 12-03 in UTC.
const now = new Date("2026-12-03T17:30:00Z");

describe("the funnel's date range", () => {
  it("defaults to the last 30 days in Beijing, today included", () => {
    expect(beijingDay(now)).toBe("2026-12-04");
    expect(defaultDateRange(now)).toEqual({ from: "2026-11-05", to: "2026-12-04" });
    expect(parseDateRange({}, now)).toEqual({ range: { from: "2026-11-05", to: "2026-12-04" }, values: { from: "2026-11-05", to: "2026-12-04" }, errors: {} });
  });

  it("covers whole Beijing days: from the first midnight up to the midnight after the last day", () => {
    expect(dateRangeInstants({ from: "2026-11-01", to: "2026-11-01" })).toEqual({
      start: new Date("2026-10-31T16:00:00Z"),
      end: new Date("2026-11-01T16:00:00Z"),
    });
  });

  it("takes a valid range as asked", () => {
    expect(parseDateRange({ from: "2026-02-01", to: "2026-02-28" }, now)).toMatchObject({ range: { from: "2026-02-01", to: "2026-02-28" }, errors: {} });
    expect(parseDateRange({ from: " 2026-02-01 ", to: "2026-02-01" }, now).range).toEqual({ from: "2026-02-01", to: "2026-02-01" });
  });

  it("refuses days that do not exist, other formats and empty fields, keeping what was typed", () => {
    const parsed = parseDateRange({ from: "2026-02-30", to: "2026/03/01" }, now);
    expect(parsed.errors).toEqual({ from: "invalidDate", to: "invalidDate" });
    expect(parsed.values).toEqual({ from: "2026-02-30", to: "2026/03/01" });
    expect(parsed.range).toEqual(defaultDateRange(now));
    expect(parseDateRange({ from: "", to: "2026-03-01" }, now).errors).toEqual({ from: "required" });
    expect(parseDateRange({ to: "2026-03-01" }, now).errors).toEqual({ from: "required" });
    expect(parseDateRange({ from: "1999-12-31", to: "2026-03-01" }, now).errors).toEqual({ from: "invalidDate" });
  });

  it("refuses an end before the start, on the end field", () => {
    expect(parseDateRange({ from: "2026-03-02", to: "2026-03-01" }, now).errors).toEqual({ to: "toBeforeFrom" });
  });
});
