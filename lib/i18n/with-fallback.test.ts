import { describe, expect, it } from "vitest";
import { withFallback } from "./with-fallback";

describe("withFallback", () => {
  it("takes the translation where it has a key and the source elsewhere, at any depth", () => {
    const source = { a: { b: "乙", c: "丙", d: { e: "戊" } }, f: "己" };
    const translated = { a: { b: "B", d: { e: "E" } } };
    expect(withFallback(translated, source)).toEqual({ a: { b: "B", c: "丙", d: { e: "E" } }, f: "己" });
    expect(source.a.b).toBe("乙");
  });
});
