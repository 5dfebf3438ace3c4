import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { usccCheckCharacter, USCC_ALPHABET } from "@/lib/identifiers";
import { LOOKUP_INPUT_MESSAGES, parseLookupInput } from "./parse-lookup-input";

describe("parseLookupInput", () => {
  it("reads a USCC as people type it", () => {
    expect(parseLookupInput(" 91110108ma01et88xl ")).toEqual({ ok: true, kind: "enterprise", value: "91110108MA01ET88XL", checkCharacterValid: true });
    expect(parseLookupInput("９１１１０１０８ＭＡ０１ＥＴ８８ＸＬ")).toMatchObject({ ok: true, value: "91110108MA01ET88XL" });
    expect(parseLookupInput("91110108MA01ET88XA")).toEqual({ ok: true, kind: "enterprise", value: "91110108MA01ET88XA", checkCharacterValid: false });
  });

  it("reads a mobile with +86, spaces and dashes", () => {
    expect(parseLookupInput("+86 138-0013-8000")).toEqual({ ok: true, kind: "personal", value: "13800138000" });
    expect(parseLookupInput("８６１３８００１３８０００")).toEqual({ ok: true, kind: "personal", value: "13800138000" });
  });

  it("names what is wrong", () => {
    const cases: Array<[string, string]> = [
      ["", "lookup.q.empty"],
      ["   ", "lookup.q.empty"],
      ["9111010", "lookup.q.mobile.format"],
      ["91110108MA", "lookup.q.uscc.length"],
      ["91110108MA01ET88X", "lookup.q.uscc.length"],
      ["91110108MA01ET88XI", "lookup.q.uscc.charset"],
      ["1380013800", "lookup.q.mobile.format"],
      ["23800138000", "lookup.q.mobile.format"],
      ["1".repeat(65), "lookup.q.tooLong"],
    ];
    for (const [raw, code] of cases) expect(parseLookupInput(raw)).toEqual({ ok: false, code });
  });

  it("has a Chinese message for every code", () => {
    for (const message of Object.values(LOOKUP_INPUT_MESSAGES)) expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(LOOKUP_INPUT_MESSAGES["lookup.q.usccCheck"]).toContain("010-88659000");
  });

  it("accepts every well-formed USCC and reports its check character", () => {
    const first17 = fc.array(fc.constantFrom(...USCC_ALPHABET), { minLength: 17, maxLength: 17 }).map((c) => c.join(""));
    fc.assert(
      fc.property(first17, fc.constantFrom(...USCC_ALPHABET), (head, last) => {
        const parsed = parseLookupInput(head + last);
        expect(parsed).toEqual({ ok: true, kind: "enterprise", value: head + last, checkCharacterValid: usccCheckCharacter(head) === last });
      }),
    );
  });

  it("never throws, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (raw) => {
        expect(typeof parseLookupInput(raw).ok).toBe("boolean");
      }),
    );
  });
});
