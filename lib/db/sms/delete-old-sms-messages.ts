import "server-only";
// SMS outbox and delivery rows sent before the cutoff (SMS_RETENTION_DAYS): they hold mobiles,
// and outbox rows hold codes.
import type { Db } from "@/lib/db";

export async function deleteOldSmsMessages(options: { db: Db; sentBefore: Date }): Promise<number> {
  const { count } = await options.db.smsMessage.deleteMany({ where: { sentAt: { lt: options.sentBefore } } });
  return count;
}
