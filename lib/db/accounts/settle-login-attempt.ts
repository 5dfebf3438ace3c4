import "server-only";
import type { Db } from "@/lib/db";
import type { LoginThrottleKeys } from "./read-login-throttle";

/**
 * The password was right: the name's failures are forgiven, and the client's counter gives
 * back the attempt it was charged (an office's successful logins must not lock its address).
 */
export async function settleLoginAttempt(options: { db: Db; keys: LoginThrottleKeys }): Promise<void> {
  await options.db.rateLimit.deleteMany({ where: { key: options.keys.name } });
  await options.db.rateLimit.updateMany({
    where: { key: options.keys.client, points: { gt: 0 } },
    data: { points: { decrement: 1 } },
  });
}
