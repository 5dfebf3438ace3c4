import "server-only";
// One-time SMS codes issued before the cutoff and expired by now (they live 10 minutes): the
// rows bind a mobile to a purpose and are of no use once they cannot be entered.
import type { Db } from "@/lib/db";

export async function deleteOldSmsCodes(options: { db: Db; createdBefore: Date; now: Date }): Promise<number> {
  const { count } = await options.db.smsCode.deleteMany({ where: { createdAt: { lt: options.createdBefore }, expiresAt: { lte: options.now } } });
  return count;
}
