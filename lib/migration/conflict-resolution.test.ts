import { describe, expect, it } from "vitest";
import { checkAssignedLoginName, planConflictAccount } from "./conflict-resolution";

const enterprise = { kind: "enterprise", username: "91110108MA01CF100U", displayName: "冲突科技有限公司", contactMobile: "13912345678" };
const person = { kind: "personal", username: "13912345678", displayName: "王五", contactMobile: null };

describe("planConflictAccount", () => {
  it("creates what the colliding rule would have created", () => {
    expect(planConflictAccount(enterprise, { ownLegalAccount: true })).toMatchObject({ type: "natural", window: "natural", uscc: null, authoriseUscc: enterprise.username });
    expect(planConflictAccount(enterprise, { ownLegalAccount: false })).toMatchObject({ type: "legal", window: "legal", uscc: enterprise.username, orgName: "冲突科技有限公司", authoriseUscc: null });
    expect(planConflictAccount(person, { ownLegalAccount: false })).toMatchObject({ type: "natural", reservedMobile: "13912345678", personName: "王五" });
  });
});

describe("checkAssignedLoginName", () => {
  it("allows the migration prefix to staff and keeps the other registration rules", () => {
    expect(checkAssignedLoginName(" HJ2_91110108MA01CF100U ", enterprise)).toEqual({ ok: true, value: "HJ2_91110108MA01CF100U" });
    expect(checkAssignedLoginName("HJ_", enterprise)).toEqual({ ok: false, problem: "format" });
    expect(checkAssignedLoginName("HJ_91110108MA01CF100U", enterprise)).toEqual({ ok: true, value: "HJ_91110108MA01CF100U" });
    expect(checkAssignedLoginName("13800000000", person)).toEqual({ ok: false, problem: "mobileNotOwn" });
    expect(checkAssignedLoginName("13912345678", person)).toEqual({ ok: true, value: "13912345678" });
    expect(checkAssignedLoginName("91110108MA01ET88XL", enterprise)).toEqual({ ok: false, problem: "usccNotOwn" });
    expect(checkAssignedLoginName("张三", person)).toEqual({ ok: false, problem: "format" });
    expect(checkAssignedLoginName("", person)).toEqual({ ok: false, problem: "required" });
  });
});
