// The audit log as CSV (admins only; the same filters as /staff/audit). Streamed in batches, so a
// large trail never sits in memory; every cell is made spreadsheet-safe (lib/audit/audit-filters.ts).
// The export itself is audited with the filters used.
import { AUDIT_CSV_HEADER, auditCsvLine, parseAuditFilter } from "@/lib/audit/audit-filters";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { auditEventBatches } from "@/lib/db/audit/list-audit-events";
import { logger, errorFields } from "@/lib/log/logger";
import { requireStaff } from "@/lib/staff/require-staff";
import { staffActor } from "@/lib/staff/staff-actor";

export async function GET(request: Request): Promise<Response> {
  const staff = await requireStaff({ area: "audit" });
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const { values, errors, filter } = parseAuditFilter(params);
  if (Object.keys(errors).length > 0) return new Response("Bad filter", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  await recordAuditEvent({ db: db(), type: "audit.export", actor: staffActor(staff.staffId), client: await requestClient(), result: "success", detail: { ...values } });
  const encoder = new TextEncoder();
  const batches = auditEventBatches({ db: db(), filter });
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // A BOM so that spreadsheet programs read the UTF-8 (Chinese) text right.
      controller.enqueue(encoder.encode(`\uFEFF${AUDIT_CSV_HEADER.join(",")}\r\n`));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.map(auditCsvLine).join("")));
      } catch (error) {
        logger.error("audit.export.failed", errorFields(error));
        controller.error(error);
      }
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${day}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
