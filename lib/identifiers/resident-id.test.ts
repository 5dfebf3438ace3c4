import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkResidentId, residentIdCheckDigit } from "./resident-id";

const today = new Date("2026-11-29T00:00:00Z");
const validId = fc
  .record({
    region: fc.integer({ min: 110000, max: 659999 }),
    birth: fc.date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2020-12-31T00:00:00Z"), noInvalidDate: true }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, birth, sequence }) => {
    const first17 = `${region}${birth.toISOString().slice(0, 10).replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
    return first17 + residentIdCheckDigit(first17);
  });

describe("checkResidentId", () => {
  it("accepts a valid number and an x check digit in lower case", () => {
    expect(checkResidentId("11010519491231002X", today)).toEqual({ ok: true, value: "11010519491231002X" });
    expect(checkResidentId("11010519491231002x", today)).toEqual({ ok: true, value: "11010519491231002X" });
  });

  it("names each error", () => {
    expect(checkResidentId("", today)).toMatchObject({ error: "empty" });
    expect(checkResidentId("1101051949123100", today)).toMatchObject({ error: "length" });
    expect(checkResidentId("1101051949123100AX", today)).toMatchObject({ error: "charset" });
    expect(checkResidentId("110105194902300021", today)).toMatchObject({ error: "birthDate" });
    expect(checkResidentId("110105194912310021", today)).toMatchObject({ error: "checkDigit" });
  });

  it("refuses a birth date in the future", () => {
    const first17 = "11010520300101001";
    expect(checkResidentId(first17 + residentIdCheckDigit(first17), today)).toMatchObject({ error: "birthDate" });
  });

  it("accepts generated valid numbers, also full-width and spaced", () => {
    fc.assert(
      fc.property(validId, (id) => {
        const fullWidth = id.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        return checkResidentId(id, today).ok && checkResidentId(` ${fullWidth.slice(0, 6)} ${fullWidth.slice(6)}`, today).value === id;
      }),
    );
  });

  it("catches every single-character change of a known-valid number, exhaustively", () => {
    const id = "11010519491231002X";
    for (let at = 0; at < 18; at += 1) {
      for (const ch of "0123456789X") {
        if (ch !== id[at]) expect(checkResidentId(id.slice(0, at) + ch + id.slice(at + 1), today).ok, `${at}:${ch}`).toBe(false);
      }
    }
  });

  it("catches every single-character change", () => {
    fc.assert(
      fc.property(validId, fc.nat(17), fc.constantFrom(..."0123456789X".split("")), (id, at, ch) => {
        fc.pre(id[at] !== ch);
        return !checkResidentId(id.slice(0, at) + ch + id.slice(at + 1), today).ok;
      }),
      { numRuns: 2000 },
    );
  });
});
