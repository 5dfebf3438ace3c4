import { describe, expect, it } from "vitest";
import { checkLegalAppeal, checkNaturalAppeal, missingDocuments, slotField } from "./appeal-rules";

describe("appeal rules", () => {
  it("accepts a real resident ID (x as X) and names the problem of a wrong one", () => {
    expect(checkNaturalAppeal({ idNumber: " 11010519491231002x " })).toEqual({ ok: true, idNumber: "11010519491231002X" });
    expect(checkNaturalAppeal({ idNumber: "110105194912310021" })).toEqual({ ok: false, fieldErrors: { idNumber: ["recovery.errors.residentId.checkDigit"] } });
    expect(checkNaturalAppeal({ idNumber: "1101051949" })).toEqual({ ok: false, fieldErrors: { idNumber: ["recovery.errors.residentId.length"] } });
  });

  it("accepts a USCC of the right shape, even with an early code's check character", () => {
    expect(checkLegalAppeal({ uscc: "91110108ma01et88xl" })).toEqual({ ok: true, uscc: "91110108MA01ET88XL" });
    expect(checkLegalAppeal({ uscc: "91110108MA01ET88XM" })).toMatchObject({ ok: true });
    expect(checkLegalAppeal({ uscc: "9111" })).toEqual({ ok: false, fieldErrors: { uscc: ["fieldErrors.usccLength"] } });
  });

  it("asks for every document of the kind", () => {
    expect(missingDocuments("natural", { "id-front": 1200 })).toEqual({ idBack: ["recovery.errors.documentMissing"] });
    expect(missingDocuments("legal", {})).toEqual({ businessLicence: ["recovery.errors.documentMissing"], appealLetter: ["recovery.errors.documentMissing"] });
    expect(missingDocuments("legal", { "business-licence": 1, "appeal-letter": 1 })).toEqual({});
    expect(slotField("business-licence")).toBe("businessLicence");
  });
});
