import { describe, expect, it } from "vitest";
import { IdSet } from "./id-set";
import { countLineBreaks, LineTracker } from "./line-numbers";

describe("countLineBreaks", () => {
  it("counts CRLF, LF and a lone CR as one break each", () => {
    expect(countLineBreaks("")).toBe(0);
    expect(countLineBreaks("a\r\nb\nc\rd")).toBe(3);
    expect(countLineBreaks("\r\n\r\n")).toBe(2);
  });
});

describe("LineTracker", () => {
  it("undoes csv-parse's double count of CRLF inside quoted fields", () => {
    const tracker = new LineTracker();
    // csv-parse says a record with one quoted CRLF that really ends on line 3 ends on line 4.
    expect(tracker.recordStart(["x\r\ny", "z"], { lines: 4, empty_lines: 0 })).toBe(2);
    // The next record (really line 4) is reported as line 5.
    expect(tracker.recordStart(["a", "b"], { lines: 5, empty_lines: 0 })).toBe(4);
    expect(tracker.unparsedStart({ lines: 9, empty_lines: 2 })).toBe(7);
  });
});

describe("IdSet", () => {
  it("remembers ids, including ones beyond its first size", () => {
    const set = new IdSet();
    for (const id of [1, 8, 65_537, 2_000_003]) set.add(id);
    expect([0, 1, 2, 8, 65_537, 2_000_003, 2_000_004].map((id) => set.has(id))).toEqual([false, true, false, true, true, true, false]);
  });
});
