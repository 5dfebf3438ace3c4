import "server-only";
// `admin:create` (interfaces.md) and the admins' staff page: a staff account with an argon2id password and a role. TOTP is
// enrolled at the first login, so a new account can do nothing until its owner holds the device.
import { isUniqueViolation } from "@/lib/accounts/unique-violation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { InputError } from "@/lib/errors/app-error";
import { checkPasswordPolicy, hashPassword } from "@/lib/passwords";
import { staffActor } from "./staff-actor";
import { isStaffRole, isValidStaffName, staffNameKey, type StaffRole } from "./staff-rules";

export interface CreateStaffAccountOptions {
  db: Db;
  name: string;
  role: string;
  password: string;
  /** Who creates it for the audit trail: `cli` (admin:create) or the admin in the console. */
  actor?: string;
  client?: string | null;
  now?: Date;
}

/** Also run by the CLI before it asks for a password, so a typo does not cost typing it first. */
export function assertStaffName(name: string): void {
  if (!isValidStaffName(name)) throw new InputError("staff.name", "name: 2–32 letters, digits, Chinese characters, '.', '_' or '-'", "name");
}

export function assertStaffRole(role: string): asserts role is StaffRole {
  if (!isStaffRole(role)) throw new InputError("staff.role", "role: one of reviewer, editor, admin", "role");
}

const nameTaken = (name: string) => new InputError("staff.nameTaken", `a staff account named ${name} exists already (names ignore case)`, "name");

export async function createStaffAccount(options: CreateStaffAccountOptions): Promise<{ id: number; name: string; role: StaffRole }> {
  const { db, role, password } = options;
  const name = options.name.normalize("NFKC").trim();
  assertStaffName(name);
  assertStaffRole(role);
  const policy = checkPasswordPolicy(password, { loginName: name });
  if (!policy.ok) throw new InputError("staff.password", `password refused: ${policy.reasons.join(", ")}`, "password");
  const nameKey = staffNameKey(name);
  if (await db.staffAccount.findUnique({ where: { nameKey }, select: { id: true } })) throw nameTaken(name);
  const passwordHash = await hashPassword(password);
  try {
    const created = await db.staffAccount.create({
      data: { name, nameKey, role, passwordHash, ...(options.now ? { createdAt: options.now } : {}) },
      select: { id: true, name: true },
    });
    await recordAuditEvent({ db, type: "staff.create", actor: options.actor ?? "cli", client: options.client ?? null, result: "success", detail: { staff: staffActor(created.id), role }, now: options.now });
    return { id: created.id, name: created.name, role };
  } catch (error) {
    // Two creations of the same name at once: the second meets the unique key.
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
}
