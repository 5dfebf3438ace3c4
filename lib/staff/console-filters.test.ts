import { describe, expect, it } from "vitest";
import { beijingDayStart, pageParam, parseDateRange, textParam, withParam } from "./console-filters";

describe("console filters", () => {
  it("reads Beijing days and refuses days that do not exist", () => {
    expect(beijingDayStart("2026-11-29")?.toISOString()).toBe("2026-11-28T16:00:00.000Z");
    expect(beijingDayStart("2026-02-30")).toBeNull();
    expect(beijingDayStart("29/11/2026")).toBeNull();
  });
  it("includes the whole `to` day and names the field of a bad or reversed range", () => {
    const { range, errors } = parseDateRange("2026-11-01", "2026-11-01");
    expect(errors).toEqual({});
    expect([range.from?.toISOString(), range.before?.toISOString()]).toEqual(["2026-10-31T16:00:00.000Z", "2026-11-01T16:00:00.000Z"]);
    expect(parseDateRange("2026-11-02", "2026-11-01").errors).toEqual({ to: "order" });
    expect(parseDateRange("yesterday", "").errors).toEqual({ from: "date" });
    expect(parseDateRange("", "").range).toEqual({ from: null, before: null });
  });
  it("bounds text and pages, and keeps the other filters in page links", () => {
    expect(textParam({ q: ["  a  ", "b"] }, "q")).toBe("a");
    expect(textParam({ q: "x".repeat(500) }, "q", 10)).toHaveLength(10);
    expect(pageParam({ page: "-3" })).toBe(1);
    expect(pageParam({ page: "abc" })).toBe(1);
    expect(pageParam({ page: "7" })).toBe(7);
    expect(withParam({ status: "open", mobile: "" }, "page", "2")).toBe("status=open&page=2");
  });
});
