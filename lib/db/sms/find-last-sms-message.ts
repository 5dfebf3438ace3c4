import "server-only";
import type { Db } from "@/lib/db";

/** The newest message the outbox holds for a mobile, whatever it carries (`sms:last --full`). */
export async function findLastSmsMessage(options: { db: Db; mobile: string }) {
  return options.db.smsMessage.findFirst({
    where: { mobile: options.mobile },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    select: { mobile: true, purpose: true, body: true, code: true, sentAt: true },
  });
}
