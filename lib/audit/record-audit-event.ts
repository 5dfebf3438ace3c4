import "server-only";
import type { Db, DbTransaction } from "@/lib/db";
import { countAuditEvent } from "@/lib/metrics/count-audit-event";

/** The kinds of event the platform records; stable identifiers for staff queries. */
export type AuditEventType =
  | "login.success"
  | "login.failure"
  | "logout"
  | "logout.everywhere"
  | "register"
  | "sms.send"
  | "password.change"
  | "mobile.change"
  | "contact.change"
  // Real-name verification and cases (issue 6)
  | "verification.check"
  | "case.open"
  | "case.view"
  | "case.decide"
  | "document.upload"
  | "document.view"
  | "document.purge"
  // Staff (issue 6)
  | "staff.create"
  | "staff.login"
  | "staff.totp"
  | "staff.logout"
  // Recovery and appeals (issue 7)
  | "password.reset"
  | "password.set"
  | "appeal.submit"
  | "login-name.hint"
  // Staff editing of step and outcome texts: drafts, review, publishing and rollback (issue 13)
  | "content.draft"
  | "content.submit"
  | "content.discard"
  | "content.publish"
  | "content.rollback"
  // Staff console operations (issue 13 §3–4)
  | "migration.resolve"
  | "authorisation.grant"
  | "authorisation.change"
  | "authorisation.revoke"
  | "staff.disable"
  | "staff.enable"
  | "staff.role"
  | "staff.totpReset"
  | "audit.export"
  | "import.start"
  | "import.finish"
  // Guide (issue 4)
  | "journey.resume";

export interface RecordAuditEventOptions {
  db: Db | DbTransaction;
  type: AuditEventType;
  /** `account:<id>` for a known account, else a masked name; never a password or a code. */
  actor?: string | null;
  /** The client address, as the request gave it. */
  client?: string | null;
  result: "success" | "failure";
  /** Small, already masked facts (a reason code, a masked mobile); kept as JSON text. */
  detail?: Record<string, string | number | boolean | null>;
  now?: Date;
}

export async function recordAuditEvent(options: RecordAuditEventOptions): Promise<void> {
  await options.db.auditEvent.create({
    data: {
      type: options.type,
      actor: options.actor ?? null,
      client: options.client ?? null,
      result: options.result,
      detail: options.detail ? JSON.stringify(options.detail) : null,
      at: options.now ?? new Date(),
    },
    select: { id: true },
  });
  countAuditEvent(options.type, options.result, options.detail);
}
