import "server-only";
// For the set-password page: the login name the link is for, or null when the link is unknown,
// used or expired (the page then says so, without telling which).
import type { Db } from "@/lib/db";
import { hashGrantToken, isWellFormedGrantToken } from "./grant-token";

export async function findPasswordSetGrant(options: { db: Db; token: string; now?: Date }): Promise<{ loginName: string; type: string } | null> {
  if (!isWellFormedGrantToken(options.token)) return null;
  const now = options.now ?? new Date();
  const grant = await options.db.passwordSetGrant.findFirst({
    where: { id: hashGrantToken(options.token), consumedAt: null, expiresAt: { gt: now } },
    select: { account: { select: { loginName: true, type: true } } },
  });
  return grant?.account ?? null;
}
