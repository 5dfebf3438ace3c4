import "server-only";
// What the last gateway attempt of a message came to: the count of attempts, the status
// (sending while retries remain, then sent / delivered / failed), the gateway's id, the last error.
import type { Db } from "@/lib/db";

export interface RecordSmsAttemptOptions {
  db: Db;
  id: number;
  attempts: number;
  status: "sending" | "sent" | "delivered" | "failed";
  providerMessageId?: string | null;
  /** A status code or an error kind, never the message text. */
  lastError?: string | null;
  deliveredAt?: Date | null;
}

export async function recordSmsAttempt(options: RecordSmsAttemptOptions): Promise<void> {
  const { db, id, ...data } = options;
  await db.smsMessage.update({ where: { id }, data, select: { id: true } });
}
