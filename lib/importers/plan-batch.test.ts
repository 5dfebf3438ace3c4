import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdSet } from "./id-set";
import { planBatch, type StoredRecord } from "./plan-batch";

type Row = { key: string; data: string };
const rows = (...values: Array<[number, string, string]>) => values.map(([line, key, data]) => ({ line, value: { key, data } }));
const plan = (input: ReturnType<typeof rows>, stored = new Map<string, StoredRecord>(), seen = new IdSet()) =>
  planBatch<Row>({ rows: input, keyOf: (r) => r.key, fingerprintOf: (r) => r.data, stored, seen, keyLabel: "username" });

describe("planBatch", () => {
  it("creates new keys, updates changed ones and leaves identical ones alone", () => {
    const stored = new Map([
      ["same", { id: 1, fingerprint: "x" }],
      ["changed", { id: 2, fingerprint: "old" }],
    ]);
    const result = plan(rows([2, "new", "n"], [3, "same", "x"], [4, "changed", "new"]), stored);
    expect(result.creates.map((r) => r.line)).toEqual([2]);
    expect(result.updates).toEqual([{ line: 4, value: { key: "changed", data: "new" }, id: 2 }]);
    expect(result.unchanged).toBe(1);
    expect(result.errors).toEqual([]);
  });

  it("treats an identical repeat as unchanged and a different repeat as an error naming the first line", () => {
    const result = plan(rows([2, "k", "a"], [3, "k", "a"], [4, "k", "b"]));
    expect(result.creates.map((r) => r.line)).toEqual([2]);
    expect(result.unchanged).toBe(1);
    expect(result.errors).toEqual([{ line: 4, message: "duplicate username: line 2 has the same username with different values" }]);
  });

  it("recognises repeats of rows from earlier batches through the seen ids", () => {
    const seen = new IdSet();
    seen.add(7);
    const stored = new Map([["k", { id: 7, fingerprint: "a" }]]);
    const result = plan(rows([900, "k", "a"], [901, "k", "b"]), stored, seen);
    expect(result.unchanged).toBe(1);
    expect(result.updates).toEqual([]);
    expect(result.errors[0]).toMatchObject({ line: 901, message: expect.stringContaining("an earlier row of this file") });
  });

  it("puts every row in exactly one place", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("a", "b", "c", "d"), fc.constantFrom("x", "y"))), (pairs) => {
        const input = pairs.map(([key, data], i) => ({ line: i + 2, value: { key, data } }));
        const result = plan(input, new Map([["a", { id: 1, fingerprint: "x" }]]));
        const total = result.creates.length + result.updates.length + result.unchanged + result.errors.length;
        expect(total).toBe(input.length);
        expect(new Set(result.creates.map((r) => r.value.key)).size).toBe(result.creates.length);
      }),
    );
  });
});
