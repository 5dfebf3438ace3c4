import { describe, expect, it } from "vitest";
import {
  STAFF_ABSOLUTE_MS,
  STAFF_IDLE_MS,
  STAFF_PASSWORD_STAGE_MS,
  isStaffRole,
  isStaffSessionActive,
  isValidStaffName,
  staffNameKey,
  staffSessionExpiry,
} from "./staff-rules";

const login = new Date("2026-11-29T08:00:00Z");
const at = (ms: number) => new Date(login.getTime() + ms);

describe("staff names and roles", () => {
  it("are compared without case or width", () => {
    expect(staffNameKey(" Reviewer.Li ")).toBe("reviewer.li");
    expect(staffNameKey("Ｒｅｖｉｅｗｅｒ")).toBe("reviewer");
  });
  it("accept letters, digits, Chinese and . _ - between 2 and 32 characters", () => {
    for (const ok of ["li.wei", "审核员01", "ab", "a".repeat(32)]) expect(isValidStaffName(ok), ok).toBe(true);
    for (const bad of ["a", "a".repeat(33), "li wei", "li@wei", "", "<script>"]) expect(isValidStaffName(bad), bad).toBe(false);
  });
  it("know exactly three roles", () => {
    expect(["reviewer", "editor", "admin"].every(isStaffRole)).toBe(true);
    expect(isStaffRole("root")).toBe(false);
    expect(isStaffRole("Reviewer")).toBe(false);
  });
});

describe("staff sessions", () => {
  it("end after 15 minutes idle", () => {
    const expiresAt = staffSessionExpiry("full", login);
    expect(isStaffSessionActive({ lastSeenAt: login, expiresAt }, at(STAFF_IDLE_MS - 1))).toBe(true);
    expect(isStaffSessionActive({ lastSeenAt: login, expiresAt }, at(STAFF_IDLE_MS))).toBe(false);
  });
  it("end 8 hours after login however active", () => {
    const expiresAt = staffSessionExpiry("full", login);
    const lastSeenAt = at(STAFF_ABSOLUTE_MS - 1000);
    expect(isStaffSessionActive({ lastSeenAt, expiresAt }, at(STAFF_ABSOLUTE_MS - 1))).toBe(true);
    expect(isStaffSessionActive({ lastSeenAt, expiresAt }, at(STAFF_ABSOLUTE_MS))).toBe(false);
  });
  it("give the password stage only a few minutes", () => {
    const expiresAt = staffSessionExpiry("password", login);
    expect(expiresAt.getTime() - login.getTime()).toBe(STAFF_PASSWORD_STAGE_MS);
    expect(isStaffSessionActive({ lastSeenAt: at(STAFF_PASSWORD_STAGE_MS - 1000), expiresAt }, at(STAFF_PASSWORD_STAGE_MS))).toBe(false);
  });
});
