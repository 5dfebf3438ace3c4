import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MASK, maskLoginName, presentLoginName } from "./mask-login-name";

describe("presentLoginName", () => {
  it("shows a name derived from the input in full, case-insensitively", () => {
    expect(presentLoginName("91110108MA01ET88XL", "91110108MA01ET88XL")).toBe("91110108MA01ET88XL");
    expect(presentLoginName("HJ_91110108MA01ET88XL", "91110108MA01ET88XL")).toBe("HJ_91110108MA01ET88XL");
    expect(presentLoginName("hj_13800138000", "13800138000")).toBe("hj_13800138000");
    expect(presentLoginName("91110108ma01et88xl", "91110108MA01ET88XL")).toBe("91110108ma01et88xl");
  });

  it("masks every other name", () => {
    expect(presentLoginName("lisi2020", "13800138000")).toBe("li****20");
    expect(presentLoginName("HJ_13800138001", "13800138000")).toBe("HJ****01");
    expect(presentLoginName("13800138000x", "13800138000")).toBe("13****0x");
    expect(presentLoginName("lisi2020", "")).toBe("li****20");
  });
});

describe("maskLoginName", () => {
  it("keeps two and two around exactly four stars from five characters on", () => {
    expect(maskLoginName("abcde")).toBe("ab****de");
    expect(maskLoginName("张三丰二〇二〇")).toBe("张三****二〇");
  });

  it("never reveals a short name whole", () => {
    expect(maskLoginName("abcd")).toBe("a****");
    expect(maskLoginName("ab")).toBe("a****");
    expect(maskLoginName("a")).toBe("****");
    expect(maskLoginName("")).toBe("****");
  });

  it("always has exactly four stars and never shows a name of two or more characters whole", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 40 }).filter((s) => !s.includes("*")), (name) => {
        const masked = maskLoginName(name);
        expect(masked.match(/\*/g)).toHaveLength(4);
        expect(masked).toContain(MASK);
        const visible = masked.replace(MASK, "");
        if (name.length > 0) expect(Array.from(visible).length).toBeLessThan(Array.from(name).length);
        expect(Array.from(visible).length).toBeLessThanOrEqual(4);
      }),
    );
  });

  it("shows a name in full only when it is the input or HJ_ + input", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_]{1,20}$/), fc.stringMatching(/^[0-9A-Z]{5,18}$/), (name, input) => {
        const shown = presentLoginName(name, input);
        const derived = [input, `HJ_${input}`].some((n) => n.toLowerCase() === name.toLowerCase());
        expect(shown === name).toBe(derived);
      }),
    );
  });
});
