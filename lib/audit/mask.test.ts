import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accountActor, maskLoginName, maskMobile } from "./mask";

describe("maskMobile", () => {
  it("keeps the first three and last four digits", () => {
    expect(maskMobile("13800000000")).toBe("138****0000");
  });
  it("never shows the middle four digits of a mobile", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        const masked = maskMobile(mobile);
        expect(masked).toHaveLength(11);
        expect(masked.slice(3, 7)).toBe("****");
      }),
    );
  });
  it("masks short values entirely", () => {
    expect(maskMobile("12345")).toBe("*****");
  });
});

describe("maskLoginName", () => {
  it("keeps two characters at each end", () => {
    expect(maskLoginName("lisi2020")).toBe("li****20");
    expect(maskLoginName("HJ_91110108MA01ET88XL")).toBe("HJ****XL");
  });
  it("masks short names whole", () => {
    expect(maskLoginName("abcd")).toBe("****");
  });
});

describe("accountActor", () => {
  it("names the account by id", () => {
    expect(accountActor(7)).toBe("account:7");
  });
});
