import "server-only";
// The audit trail as the admins' viewer and its CSV export read it (lib/audit/audit-filters.ts):
// newest first, a page at a time for the page, in id-ordered batches for the export (memory holds
// one batch, whatever the trail's size). A staff name in the actor filter becomes `staff:<id>`;
// an unknown name matches nothing.
import type { AuditFilter } from "@/lib/audit/audit-filters";
import type { Db } from "@/lib/db";
import { staffNameKey } from "@/lib/staff/staff-rules";

export const AUDIT_PAGE_SIZE = 50;
const EXPORT_BATCH = 1000;

const eventSelect = { id: true, at: true, type: true, actor: true, client: true, result: true, detail: true } as const;

export interface AuditEventRow {
  id: number;
  at: Date;
  type: string;
  actor: string | null;
  client: string | null;
  result: string;
  detail: string | null;
}

async function whereOf(db: Db, filter: AuditFilter) {
  let actor: string | undefined;
  if (filter.actor && "exact" in filter.actor) actor = filter.actor.exact;
  if (filter.actor && "staffName" in filter.actor) {
    const staff = await db.staffAccount.findUnique({ where: { nameKey: staffNameKey(filter.actor.staffName) }, select: { id: true } });
    actor = staff ? `staff:${staff.id}` : "staff:-1";
  }
  const at = { ...(filter.range.from ? { gte: filter.range.from } : {}), ...(filter.range.before ? { lt: filter.range.before } : {}) };
  return {
    ...(filter.type ? { type: "exact" in filter.type ? filter.type.exact : { startsWith: filter.type.prefix } } : {}),
    ...(actor ? { actor } : {}),
    ...(filter.result ? { result: filter.result } : {}),
    ...(Object.keys(at).length > 0 ? { at } : {}),
  };
}

export async function listAuditEvents(options: { db: Db; filter: AuditFilter; page: number }): Promise<{ total: number; events: AuditEventRow[] }> {
  const where = await whereOf(options.db, options.filter);
  const [total, events] = await Promise.all([
    options.db.auditEvent.count({ where }),
    options.db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (options.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select: eventSelect }),
  ]);
  return { total, events };
}

/** Every matching event, oldest first, in batches (for the CSV export). */
export async function* auditEventBatches(options: { db: Db; filter: AuditFilter }): AsyncGenerator<AuditEventRow[]> {
  const where = await whereOf(options.db, options.filter);
  let after = 0;
  for (;;) {
    const batch = await options.db.auditEvent.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: "asc" }, take: EXPORT_BATCH, select: eventSelect });
    if (batch.length === 0) return;
    yield batch;
    after = batch[batch.length - 1].id;
  }
}

/** Names of the staff members among the actors shown, for the page. */
export async function staffNamesOf(options: { db: Db; actors: (string | null)[] }): Promise<Map<string, string>> {
  const ids = [...new Set(options.actors.map((actor) => /^staff:(\d+)$/.exec(actor ?? "")?.[1]).filter((id): id is string => Boolean(id)).map(Number))];
  const rows = await options.db.staffAccount.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [`staff:${row.id}`, row.name]));
}
