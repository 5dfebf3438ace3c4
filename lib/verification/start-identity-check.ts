import "server-only";
// What saving 修改个人信息 and 修改法人信息 both begin with: only an account of the form's kind, neither
// verified nor under review, may change its data; and each account gets a few automatic checks an
// hour — enough for typos, too few to probe the registry.
import type { Db } from "@/lib/db";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import type { SaveIdentityResult } from "./save-identity-result";

const CHECKS_PER_HOUR = 10;

export type StartIdentityCheckResult = { ok: true; uscc: string | null } | { ok: false; result: SaveIdentityResult };

export async function startIdentityCheck(options: { db: Db; accountId: number; type: "natural" | "legal"; now: Date }): Promise<StartIdentityCheckResult> {
  const { db, accountId } = options;
  const account = await db.platformAccount.findUnique({ where: { id: accountId }, select: { type: true, realNameStatus: true, uscc: true } });
  // A form of the other kind of account (a stale page, a crafted post) changes nothing.
  if (!account || account.type !== options.type) return { ok: false, result: { outcome: "locked" } };
  if (account.realNameStatus === "verified" || account.realNameStatus === "pending") return { ok: false, result: { outcome: "locked" } };
  const limit = await consumeRateLimit({ db, key: `verification:account:${accountId}`, points: CHECKS_PER_HOUR, durationSeconds: 3600, now: options.now });
  if (!limit.allowed) return { ok: false, result: { outcome: "limited", retryAfterSeconds: limit.retryAfterSeconds } };
  return { ok: true, uscc: account.uscc };
}
