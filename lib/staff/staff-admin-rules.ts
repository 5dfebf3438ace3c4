// What an admin may do to staff accounts (issue 13 §4), as a pure rule: nobody disables their own
// account (they would end their own session half-way), and no change may leave the console without
// an enabled admin — so the last admin can neither be disabled nor demoted, by others or themselves.
import { randomInt } from "node:crypto";
import type { StaffRole } from "./staff-rules";

export type StaffChange = { kind: "disable" } | { kind: "enable" } | { kind: "role"; role: StaffRole } | { kind: "resetTotp" };

export interface StaffChangeTarget {
  id: number;
  role: string;
  disabled: boolean;
}

export type StaffChangeRefusal = "self" | "lastAdmin";

export function checkStaffChange(input: { actorId: number; target: StaffChangeTarget; change: StaffChange; enabledAdmins: number }): StaffChangeRefusal | null {
  const { target, change } = input;
  if (change.kind === "disable" && target.id === input.actorId) return "self";
  const removesAnAdmin = target.role === "admin" && !target.disabled && (change.kind === "disable" || (change.kind === "role" && change.role !== "admin"));
  return removesAnAdmin && input.enabledAdmins <= 1 ? "lastAdmin" : null;
}

const LOWER = "abcdefghijkmnpqrstuvwxyz";
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const SYMBOLS = "!#%+-=?@";

/**
 * An initial password for a new staff member, shown once to the admin: 16 characters from all four
 * classes (no look-alikes such as 0/O or 1/l), so it passes the password policy and can be read out.
 */
export function newInitialPassword(random: (max: number) => number = randomInt): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const pick = (alphabet: string) => alphabet[random(alphabet.length)];
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS), ...Array.from({ length: 12 }, () => pick(all))];
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join("");
}
