import "server-only";
// One row per message handed to a provider: the outbox's "sent" message, or a gateway message
// whose delivery is tracked (status, attempts, ids) — the SMS outbox viewer of the staff reads these.
import type { Db } from "@/lib/db";

export interface CreateSmsMessageOptions {
  db: Db;
  mobile: string;
  purpose: string;
  body: string;
  /** Outbox only: the code, for `sms:last` and demos. Never set for a real gateway. */
  code?: string | null;
  provider: "outbox" | "http";
  status: "stored" | "sending";
  idempotencyKey?: string | null;
}

export async function createSmsMessage(options: CreateSmsMessageOptions): Promise<{ id: number }> {
  const { db, ...data } = options;
  return db.smsMessage.create({
    data: { ...data, code: data.code ?? null, idempotencyKey: data.idempotencyKey ?? null },
    select: { id: true },
  });
}
