import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskOrgName, maskUscc } from "./masks";

describe("maskOrgName", () => {
  it("keeps the start and the legal form, hides the distinctive middle", () => {
    expect(maskOrgName("北京红星科技有限公司")).toBe("北京****有限公司");
    expect(maskOrgName("红星科技公司")).toBe("红星****司");
    expect(maskOrgName("红星")).toBe("****");
  });

  it("never shows more than 60% of a name", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (name) => {
        const chars = Array.from(name.trim());
        const shown = Array.from(maskOrgName(name)).length - 4;
        expect(shown).toBeLessThanOrEqual(Math.floor(chars.length * 0.6));
      }),
    );
  });
});

describe("maskUscc", () => {
  it("keeps four characters at each end", () => {
    expect(maskUscc("91110108MA01ET88XL")).toBe("9111****88XL");
    expect(maskUscc("short")).toBe("****");
  });
});
