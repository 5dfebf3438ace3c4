import "server-only";
// Inside the decision's transaction: the single-use right to set a new password (staff never set
// one). Earlier unused grants of the account end, so only the newest link works.
import type { Db, DbTransaction } from "@/lib/db";
import { grantExpiry, hashGrantToken, newGrantToken } from "./grant-token";

export async function createPasswordSetGrant(options: { db: Db | DbTransaction; accountId: number; caseId: number | null; now?: Date }): Promise<{ token: string; expiresAt: Date }> {
  const { db, accountId } = options;
  const now = options.now ?? new Date();
  await db.passwordSetGrant.updateMany({ where: { accountId, consumedAt: null }, data: { consumedAt: now } });
  const token = newGrantToken();
  const expiresAt = grantExpiry(now);
  await db.passwordSetGrant.create({
    data: { id: hashGrantToken(token), accountId, caseId: options.caseId, expiresAt, createdAt: now },
    select: { id: true },
  });
  return { token, expiresAt };
}
