import "server-only";
// Staff grant a natural account the authority to act for an organisation in one or both business
// systems (E-R4, issue 13 §4): grantedBy "staff", who, the validity and why, audited in the same
// transaction. A grant that exists and was revoked is granted again (its row keeps the history in
// the audit trail); one still in force is refused, so nothing is granted twice by accident.
import { BUSINESS_SYSTEMS, type BusinessSystem } from "@/lib/accounts/business-systems";
import { loginNameKey } from "@/lib/accounts/login-names";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { ConsoleError } from "@/lib/staff/console-error";
import { staffActor } from "@/lib/staff/staff-actor";

export interface GrantAuthorisationOptions {
  db: Db;
  loginName: string;
  uscc: string;
  system: BusinessSystem | "both";
  validFrom: Date;
  validTo: Date | null;
  note: string;
  staffId: number;
  client?: string | null;
  now?: Date;
}

export async function grantAuthorisation(options: GrantAuthorisationOptions): Promise<{ ids: number[] }> {
  const { db, uscc, staffId } = options;
  const now = options.now ?? new Date();
  const systems: readonly BusinessSystem[] = options.system === "both" ? BUSINESS_SYSTEMS : [options.system];
  return db.$transaction(
    async (tx) => {
      const account = await tx.platformAccount.findUnique({ where: { loginNameKey: loginNameKey(options.loginName) }, select: { id: true, type: true } });
      if (!account) throw new ConsoleError("authorisation.accountNotFound", "no account with this login name", "loginName");
      if (account.type !== "natural") throw new ConsoleError("authorisation.notNatural", "only a natural account acts for an organisation (E-R4)", "loginName");
      const ids: number[] = [];
      for (const system of systems) {
        const existing = await tx.orgAuthorisation.findUnique({ where: { accountId_uscc_system: { accountId: account.id, uscc, system } }, select: { id: true, revokedAt: true } });
        if (existing && !existing.revokedAt) throw new ConsoleError("authorisation.exists", "this account is already authorised for this system", "system");
        const data = { validFrom: options.validFrom, validTo: options.validTo, grantedBy: "staff", staffId, note: options.note, revokedAt: null };
        const row = existing
          ? await tx.orgAuthorisation.update({ where: { id: existing.id }, data, select: { id: true } })
          : await tx.orgAuthorisation.create({ data: { ...data, accountId: account.id, uscc, system, createdAt: now }, select: { id: true } });
        ids.push(row.id);
        await recordAuditEvent({ db: tx, type: "authorisation.grant", actor: staffActor(staffId), client: options.client ?? null, result: "success", detail: { authorisation: row.id, accountId: account.id, system, again: existing !== null }, now });
      }
      return { ids };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
