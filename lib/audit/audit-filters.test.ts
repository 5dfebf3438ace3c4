import { describe, expect, it } from "vitest";
import { auditCsvLine, csvCell, parseAuditFilter } from "./audit-filters";

describe("parseAuditFilter", () => {
  it("reads a type or a type prefix, an actor as written or a staff name, a result and days", () => {
    const { filter, errors } = parseAuditFilter({ type: "staff.", actor: "staff:12", result: "failure", from: "2026-12-01", to: "2026-12-02" });
    expect(errors).toEqual({});
    expect(filter).toMatchObject({ type: { prefix: "staff." }, actor: { exact: "staff:12" }, result: "failure" });
    expect(filter.range.before?.toISOString()).toBe("2026-12-02T16:00:00.000Z");
    expect(parseAuditFilter({ type: "case.decide", actor: "审核员甲" }).filter).toMatchObject({ type: { exact: "case.decide" }, actor: { staffName: "审核员甲" } });
  });
  it("names each field it cannot use", () => {
    expect(parseAuditFilter({ type: "x'; DROP", result: "maybe", from: "2026-02-30" }).errors).toEqual({ type: "auditType", result: "auditResult", from: "date" });
  });
});

describe("CSV export", () => {
  it("neutralises formulas and quotes what needs quoting", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1+1`).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell(null)).toBe("");
  });
  it("writes one CRLF line per event", () => {
    const line = auditCsvLine({ at: new Date("2026-12-04T08:00:00Z"), type: "staff.login", actor: "staff:3", client: "10.0.0.1", result: "failure", detail: '{"reason":"code"}' });
    expect(line).toBe('2026-12-04T08:00:00.000Z,staff.login,staff:3,10.0.0.1,failure,"{""reason"":""code""}"\r\n');
  });
});
