import "server-only";
// Staff resolve one CONFLICT record (issue 13 §4) in ONE transaction: the account the migration
// could not create is created under the login name staff assign (lib/migration/conflict-resolution.ts
// decides its kind; the Torch password hash is carried over unchanged, as `migrate` does), E-R4's
// authorisations are granted where the rule calls for them, and the record gets the name, window,
// account and who/when/why. Only an unresolved record is resolved, so two admins at once end with
// one resolution and one refusal; `migrate` never touches a record once written, so a rerun keeps it.
import { isUniqueViolation } from "@/lib/accounts/unique-violation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { BUSINESS_SYSTEMS } from "@/lib/accounts/business-systems";
import type { Db } from "@/lib/db";
import { checkAssignedLoginName, planConflictAccount } from "@/lib/migration/conflict-resolution";
import { ConsoleError } from "@/lib/staff/console-error";
import { staffActor } from "@/lib/staff/staff-actor";

export interface ResolveConflictOptions {
  db: Db;
  torchAccountId: number;
  /** As typed; checked here against the Torch account (checkAssignedLoginName). */
  loginName: string;
  note: string;
  staffId: number;
  client?: string | null;
  now?: Date;
}

const LOGIN_NAME_ERRORS = {
  required: "conflict.loginNameRequired",
  format: "conflict.loginNameFormat",
  reserved: "conflict.loginNameFormat",
  mobileNotOwn: "conflict.loginNameMobileNotOwn",
  usccNotOwn: "conflict.loginNameUsccNotOwn",
} as const;

const taken = () => new ConsoleError("conflict.loginNameTaken", "the login name belongs to another account (names ignore case)", "loginName");

export async function resolveConflictRecord(options: ResolveConflictOptions): Promise<{ platformAccountId: number; window: "natural" | "legal" }> {
  const { db, staffId } = options;
  const now = options.now ?? new Date();
  try {
    const result = await db.$transaction(
      async (tx) => {
        const record = await tx.migrationRecord.findUnique({
          where: { torchAccountId: options.torchAccountId },
          select: { id: true, outcome: true, resolvedAt: true, torchAccount: { select: { kind: true, username: true, displayName: true, contactMobile: true, passwordHash: true } } },
        });
        if (!record || record.outcome !== "CONFLICT") throw new ConsoleError("conflict.notFound", "no CONFLICT record for this Torch account");
        if (record.resolvedAt) throw new ConsoleError("conflict.alreadyResolved", "the record was resolved already");
        const torch = record.torchAccount;
        const name = checkAssignedLoginName(options.loginName, torch);
        if (!name.ok) throw new ConsoleError(LOGIN_NAME_ERRORS[name.problem], `login name refused: ${name.problem}`, "loginName");
        const loginName = name.value;
        if (await tx.platformAccount.findUnique({ where: { loginNameKey: loginName.toLowerCase() }, select: { id: true } })) throw taken();
        const usccHolder = torch.kind === "enterprise" ? await tx.platformAccount.findUnique({ where: { uscc: torch.username }, select: { type: true } }) : null;
        // A USCC held by an account that is not legal is bad data no rule covers: fix it first.
        if (usccHolder && usccHolder.type !== "legal") throw new ConsoleError("conflict.usccHeld", "the USCC is held by a non-legal account");
        const plan = planConflictAccount(torch, { ownLegalAccount: usccHolder !== null });
        const account = await tx.platformAccount.create({
          data: {
            type: plan.type, loginName, loginNameKey: loginName.toLowerCase(), passwordHash: torch.passwordHash,
            reservedMobile: plan.reservedMobile, uscc: plan.uscc, orgName: plan.orgName, personName: plan.personName,
            realNameStatus: "unverified", origin: "migrated", createdAt: now,
          },
          select: { id: true },
        });
        if (plan.authoriseUscc) {
          for (const system of BUSINESS_SYSTEMS) {
            await tx.orgAuthorisation.create({
              data: { accountId: account.id, uscc: plan.authoriseUscc, system, validFrom: now, grantedBy: "staff", staffId, note: options.note, createdAt: now },
              select: { id: true },
            });
          }
        }
        const updated = await tx.migrationRecord.updateMany({
          where: { id: record.id, resolvedAt: null },
          data: { loginName, window: plan.window, platformAccountId: account.id, accountCreated: true, resolvedAt: now, resolvedBy: staffId, resolutionNote: options.note },
        });
        if (updated.count !== 1) throw new ConsoleError("conflict.alreadyResolved", "the record was resolved meanwhile");
        await recordAuditEvent({
          db: tx, type: "migration.resolve", actor: staffActor(staffId), client: options.client ?? null, result: "success",
          detail: { torchAccountId: options.torchAccountId, accountId: account.id, window: plan.window, authorised: plan.authoriseUscc !== null }, now,
        });
        return { platformAccountId: account.id, window: plan.window };
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
    return result;
  } catch (error) {
    // Two resolutions choosing one name at once: the second meets the unique key.
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}
