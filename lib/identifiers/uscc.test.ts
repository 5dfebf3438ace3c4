import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkUscc, USCC_ALPHABET, usccCheckCharacter } from "./uscc";

const alphabetChar = fc.constantFrom(...USCC_ALPHABET.split(""));
const validUscc = fc
  .array(alphabetChar, { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(""))
  .map((first17) => first17 + usccCheckCharacter(first17));

function isCaught(code: string): boolean {
  const result = checkUscc(code);
  return !result.ok || !result.checkCharacterValid;
}

describe("checkUscc", () => {
  it("accepts the code from the source document", () => {
    expect(checkUscc("91110108MA01ET88XL")).toEqual({ ok: true, value: "91110108MA01ET88XL", checkCharacterValid: true });
  });

  it("names the shape errors", () => {
    expect(checkUscc("  ")).toMatchObject({ ok: false, error: "empty" });
    expect(checkUscc("91110108MA01ET88X")).toMatchObject({ ok: false, error: "length" });
    expect(checkUscc("91110108MA01ET88XI")).toMatchObject({ ok: false, error: "charset" });
  });

  it("reports, but does not refuse, a wrong check character", () => {
    expect(checkUscc("91110108MA01ET88XM")).toEqual({ ok: true, value: "91110108MA01ET88XM", checkCharacterValid: false });
  });

  it("normalises lower case, full-width characters and spaces", () => {
    expect(checkUscc(" 9111 0108ma01et88xl ")).toMatchObject({ ok: true, value: "91110108MA01ET88XL", checkCharacterValid: true });
    expect(checkUscc("９１１１０１０８ＭＡ０１ＥＴ８８ＸＬ")).toMatchObject({ ok: true, value: "91110108MA01ET88XL" });
  });

  it("accepts every generated valid code", () => {
    fc.assert(fc.property(validUscc, (code) => !isCaught(code)));
  });

  it("catches every change of one character to another allowed one in the source's code", () => {
    // Exhaustive (18 positions × 30 characters): mod 31 with weights coprime to 31 guarantees it.
    const code = "91110108MA01ET88XL";
    for (let at = 0; at < 18; at += 1) {
      for (const ch of USCC_ALPHABET) {
        if (ch !== code[at]) expect(isCaught(code.slice(0, at) + ch + code.slice(at + 1)), `${at}:${ch}`).toBe(true);
      }
    }
  });

  it("catches every single-character change of a valid code", () => {
    fc.assert(
      fc.property(validUscc, fc.nat(17), fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("")), (code, at, ch) => {
        fc.pre(code[at] !== ch);
        return isCaught(code.slice(0, at) + ch + code.slice(at + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads lower-case and full-width forms of a valid code as that code", () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        const fullWidth = code.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        return checkUscc(code.toLowerCase()).value === code && checkUscc(` ${fullWidth}\u3000`).value === code;
      }),
    );
  });
});
