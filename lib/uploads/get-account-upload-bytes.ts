import "server-only";
import type { Db } from "@/lib/db";

/** Bytes of documents an account's cases still keep (purged ones are gone), for the per-account limit. */
export async function getAccountUploadBytes(options: { db: Db; accountId: number }): Promise<number> {
  const sum = await options.db.caseDocument.aggregate({
    _sum: { size: true },
    where: { case: { accountId: options.accountId, documentsPurgedAt: null } },
  });
  return sum._sum.size ?? 0;
}
