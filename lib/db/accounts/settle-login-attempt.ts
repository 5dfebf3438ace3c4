import "server-only";
import type { Db } from "@/lib/db";
import type { LoginThrottleKeys } from "./read-login-throttle";

/**
 * The password was right. This client's failures on the name are forgiven, on its own counter
 * and in the name's total; failures from other clients stay in the total, so the owner logging in
 * does not hand a spread-out guesser a fresh ceiling (whoever got in with the password has no use
 * for the counters anyway). The client's counter gives back the attempt it was charged (an
 * office's successful logins must not lock its address).
 */
export async function settleLoginAttempt(options: { db: Db; keys: LoginThrottleKeys }): Promise<void> {
  const { db, keys } = options;
  const own = await db.rateLimit.findUnique({ where: { key: keys.nameAtClient }, select: { points: true } });
  await db.rateLimit.deleteMany({ where: { key: keys.nameAtClient } });
  // At least this attempt, which was counted on both before the password was checked.
  const forgiven = Math.max(1, own?.points ?? 0);
  await db.rateLimit.updateMany({ where: { key: keys.name, points: { gte: forgiven } }, data: { points: { decrement: forgiven } } });
  await db.rateLimit.updateMany({ where: { key: keys.name, points: { lt: forgiven } }, data: { points: 0 } });
  await db.rateLimit.updateMany({
    where: { key: keys.client, points: { gt: 0 } },
    data: { points: { decrement: 1 } },
  });
}
