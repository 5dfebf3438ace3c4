import "server-only";
import type { Db } from "@/lib/db";

/** The little the page header needs about the logged-in account. */
export async function getAccountSummary(options: { db: Db; accountId: number }) {
  return options.db.platformAccount.findUnique({
    where: { id: options.accountId },
    select: { id: true, type: true, loginName: true, realNameStatus: true },
  });
}
