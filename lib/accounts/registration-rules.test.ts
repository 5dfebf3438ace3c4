import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRegistration, registrationSubmitLimits } from "./registration-rules";

const natural = { mobile: "138 0000 0000", loginName: "wangwu_2026", password: "Blue-Sky-2026", passwordConfirm: "Blue-Sky-2026" };
const legal = { ...natural, loginName: "acme-co", orgName: "某某科技有限公司", uscc: "91110108ma01et88xl" };

describe("checkRegistration", () => {
  it("accepts a valid natural registration and normalises the mobile", () => {
    expect(checkRegistration("natural", natural)).toEqual({
      ok: true,
      value: { mobile: "13800000000", loginName: "wangwu_2026", uscc: null, usccUnchecked: false },
    });
  });
  it("accepts a valid legal registration and normalises the USCC", () => {
    const result = checkRegistration("legal", legal);
    expect(result).toMatchObject({ ok: true, value: { uscc: "91110108MA01ET88XL", usccUnchecked: false } });
  });
  it("refuses HJ_ names in any case", () => {
    for (const loginName of ["HJ_abc123", "hj_abc123", "Hj_13800000000", "ＨＪ_abcd"]) {
      expect(checkRegistration("natural", { ...natural, loginName })).toMatchObject({
        ok: false,
        fieldErrors: { loginName: ["fieldErrors.loginNameReserved"] },
      });
    }
  });
  it("lets a mobile-shaped name be only the registrant's own mobile", () => {
    expect(checkRegistration("natural", { ...natural, loginName: "13800000000" }).ok).toBe(true);
    expect(checkRegistration("natural", { ...natural, loginName: "13900000000" })).toMatchObject({
      fieldErrors: { loginName: ["fieldErrors.loginNameMobileNotOwn"] },
    });
  });
  it("lets a USCC-shaped name be only the organisation's own code", () => {
    expect(checkRegistration("legal", { ...legal, loginName: "91110108MA01ET88XL" }).ok).toBe(true);
    expect(checkRegistration("natural", { ...natural, loginName: "91110108MA01ET88XL" })).toMatchObject({
      fieldErrors: { loginName: ["fieldErrors.loginNameUsccNotOwn"] },
    });
  });
  it("shows every password policy reason, and the mismatch of the confirmation", () => {
    const result = checkRegistration("natural", { ...natural, loginName: "wangwu2026", password: "wangwu2026", passwordConfirm: "x" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { password: ["passwordPolicy.notEnoughClasses", "passwordPolicy.containsPersonalData"], passwordConfirm: ["fieldErrors.passwordConfirmMismatch"] },
    });
  });
  it("explains a wrong USCC by its problem and flags a failing check character", () => {
    expect(checkRegistration("legal", { ...legal, uscc: "9111" })).toMatchObject({ fieldErrors: { uscc: ["fieldErrors.usccLength"] } });
    expect(checkRegistration("legal", { ...legal, uscc: "91110108MA01ET88XI" })).toMatchObject({ fieldErrors: { uscc: ["fieldErrors.usccCharset"] } });
    expect(checkRegistration("legal", { ...legal, uscc: "91110108MA01ET88XM" })).toMatchObject({ ok: true, value: { usccUnchecked: true } });
  });
  it("never accepts a password that contains the login name", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9]{3,10}$/), (loginName) => {
        const password = `Aa1!${loginName}`;
        const result = checkRegistration("natural", { ...natural, loginName, password, passwordConfirm: password });
        expect(result.ok).toBe(false);
      }),
    );
  });
});

describe("registrationSubmitLimits", () => {
  it("bounds the final step per client address, per client and mobile, and with a ceiling per mobile", () => {
    const limits = registrationSubmitLimits("192.0.2.1", "13700000001");
    expect(limits.map((l) => [l.key, l.points, l.durationSeconds])).toEqual([
      ["register:submit:client:192.0.2.1", 30, 3600],
      ["register:submit:mobile-client:13700000001:192.0.2.1", 10, 3600],
      ["register:submit:mobile:13700000001", 50, 3600],
    ]);
  });
});
