import { describe, expect, it } from "vitest";
import { applicantNameOf, maskApplicantName, maskIdNumber, reviewDetailRows } from "./review-masks";

describe("maskIdNumber", () => {
  it("keeps the first three and last four of a resident ID", () => {
    expect(maskIdNumber("110101199001011234")).toBe("110***********1234");
    expect(maskIdNumber("11010119900101123X")).toBe("110***********123X");
  });
  it("masks short numbers harder and never shows a short one whole", () => {
    expect(maskIdNumber("E1234567")).toBe("E*****67");
    expect(maskIdNumber("12345")).toBe("*****");
  });
});

describe("maskApplicantName", () => {
  it("shows a person's surname only and an organisation's ends", () => {
    expect(maskApplicantName("张三丰")).toBe("张**");
    expect(maskApplicantName("李")).toBe("*");
    expect(maskApplicantName("北京红星科技有限公司")).toBe("北京****公司");
  });
});

describe("reviewDetailRows", () => {
  const details = {
    personName: "张三",
    idType: "resident-id",
    idNumber: "110101199001011234",
    contactMobile: "13800001234",
    legalRepName: "王五",
    legalRepId: "11010119800101567X",
    agentMobile: "13900005678",
    note: "",
    failure: null,
  };
  it("masks every ID number and mobile and leaves empty values out", () => {
    expect(reviewDetailRows(details)).toEqual([
      { key: "personName", value: "张三" },
      { key: "idType", value: "resident-id" },
      { key: "idNumber", value: "110***********1234" },
      { key: "contactMobile", value: "138****1234" },
      { key: "legalRepName", value: "王五" },
      { key: "legalRepId", value: "110***********567X" },
      { key: "agentMobile", value: "139****5678" },
    ]);
  });
  it("masks a resident-ID-shaped value under any key", () => {
    expect(reviewDetailRows({ remark: "110101199001011234" })).toEqual([{ key: "remark", value: "110***********1234" }]);
  });
  it("no plain ID number or mobile survives", () => {
    const text = JSON.stringify(reviewDetailRows(details));
    expect(text).not.toContain("110101199001011234");
    expect(text).not.toContain("11010119800101567X");
    expect(text).not.toContain("13800001234");
    expect(text).not.toContain("13900005678");
  });
});

describe("applicantNameOf", () => {
  it("prefers the organisation, then the person", () => {
    expect(applicantNameOf({ personName: "张三", orgName: "红星科技" })).toBe("红星科技");
    expect(applicantNameOf({ personName: "张三" })).toBe("张三");
    expect(applicantNameOf({})).toBeNull();
  });
});
