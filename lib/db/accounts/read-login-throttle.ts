import "server-only";
import type { Db } from "@/lib/db";
import type { LoginCounters, ThrottleCounter } from "@/lib/accounts/login-throttle-rules";

export type LoginThrottleKeys = LoginCounters<string>;

/** The three counters as they stand, without changing them. */
export async function readLoginThrottle(options: { db: Db; keys: LoginThrottleKeys }): Promise<LoginCounters<ThrottleCounter | null>> {
  const { keys } = options;
  const rows = await options.db.rateLimit.findMany({
    where: { key: { in: [keys.nameAtClient, keys.client, keys.name] } },
    select: { key: true, points: true, expiresAt: true },
  });
  const find = (key: string) => {
    const row = rows.find((r) => r.key === key);
    return row ? { failures: row.points, expiresAt: row.expiresAt } : null;
  };
  return { nameAtClient: find(keys.nameAtClient), client: find(keys.client), name: find(keys.name) };
}
