import "server-only";
// Records a gateway's delivery report on the message it names; false when no gateway message has
// that key or id. A report is the gateway's final word: it wins over "sending" and "sent".
import type { Db } from "@/lib/db";

export interface ApplyDeliveryReportOptions {
  db: Db;
  idempotencyKey?: string;
  providerMessageId?: string;
  status: "delivered" | "failed";
  error?: string;
  at: Date;
}

export async function applyDeliveryReport(options: ApplyDeliveryReportOptions): Promise<boolean> {
  const { db } = options;
  const which = options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : { providerMessageId: options.providerMessageId };
  const data =
    options.status === "delivered"
      ? { status: "delivered", deliveredAt: options.at }
      : { status: "failed", lastError: `report ${options.error ?? "failed"}` };
  const { count } = await db.smsMessage.updateMany({ where: { ...which, provider: "http" }, data });
  return count > 0;
}
