import "server-only";
// POST /api/v1/sms/delivery: the gateway tells us a message was delivered or failed. Only a
// caller presenting SMS_HTTP_CALLBACK_TOKEN is heard; without that setting the route does not exist.
import { db as sharedDb, type Db } from "@/lib/db";
import { applyDeliveryReport } from "@/lib/db/sms/apply-delivery-report";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { deliveryReportSchema, isAuthorisedGateway } from "./delivery-report";

const MAX_BODY_BYTES = 4096;
const NO_STORE = { "cache-control": "no-store" };

const answer = (status: number, body?: Record<string, string>, headers: Record<string, string> = {}) =>
  body ? Response.json(body, { status, headers: { ...NO_STORE, ...headers } }) : new Response(null, { status, headers: NO_STORE });

export async function handleDeliveryReport(request: Request, options: { db?: Db; now?: Date } = {}): Promise<Response> {
  const token = env().SMS_PROVIDER === "http" ? env().SMS_HTTP_CALLBACK_TOKEN : undefined;
  if (!token) return answer(404, { error: "not found" });
  if (!isAuthorisedGateway(request.headers.get("authorization"), token)) {
    logger.warn("sms.report.unauthorised");
    return answer(401, { error: "unauthorised" }, { "www-authenticate": 'Bearer realm="sms-delivery"' });
  }
  const text = await request.text().catch(() => "");
  let data: unknown = null;
  try {
    data = Buffer.byteLength(text) <= MAX_BODY_BYTES ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  const parsed = deliveryReportSchema.safeParse(data);
  if (!parsed.success) return answer(400, { error: "invalid report" });
  const report = parsed.data;
  const found = await applyDeliveryReport({
    db: options.db ?? sharedDb(),
    idempotencyKey: report.idempotencyKey,
    providerMessageId: report.id,
    status: report.status,
    error: report.error,
    at: report.at ? new Date(report.at) : (options.now ?? new Date()),
  });
  logger.info("sms.report", { status: report.status, found });
  return found ? answer(204) : answer(404, { error: "unknown message" });
}
