import { describe, expect, it } from "vitest";
import { checkPasswordPolicy } from "@/lib/passwords";
import { checkStaffChange, newInitialPassword } from "./staff-admin-rules";

const admin = { id: 1, role: "admin", disabled: false };

describe("checkStaffChange", () => {
  it("refuses disabling oneself", () => {
    expect(checkStaffChange({ actorId: 1, target: admin, change: { kind: "disable" }, enabledAdmins: 3 })).toBe("self");
  });
  it("never leaves the console without an enabled admin", () => {
    expect(checkStaffChange({ actorId: 1, target: admin, change: { kind: "role", role: "editor" }, enabledAdmins: 1 })).toBe("lastAdmin");
    expect(checkStaffChange({ actorId: 2, target: admin, change: { kind: "disable" }, enabledAdmins: 1 })).toBe("lastAdmin");
    expect(checkStaffChange({ actorId: 1, target: admin, change: { kind: "role", role: "editor" }, enabledAdmins: 2 })).toBeNull();
    expect(checkStaffChange({ actorId: 1, target: admin, change: { kind: "role", role: "admin" }, enabledAdmins: 1 })).toBeNull();
    expect(checkStaffChange({ actorId: 1, target: { ...admin, disabled: true, id: 5 }, change: { kind: "disable" }, enabledAdmins: 1 })).toBeNull();
  });
  it("lets anything else through", () => {
    const reviewer = { id: 4, role: "reviewer", disabled: false };
    for (const change of [{ kind: "disable" }, { kind: "enable" }, { kind: "resetTotp" }, { kind: "role", role: "admin" }] as const) {
      expect(checkStaffChange({ actorId: 1, target: reviewer, change, enabledAdmins: 1 })).toBeNull();
    }
  });
});

describe("newInitialPassword", () => {
  it("passes the password policy every time", () => {
    for (let i = 0; i < 200; i += 1) {
      const password = newInitialPassword();
      expect(password).toHaveLength(16);
      expect(checkPasswordPolicy(password, { loginName: "reviewer.wang" }).ok).toBe(true);
    }
  });
});
