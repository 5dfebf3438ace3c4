import "server-only";
import type { Db } from "@/lib/db";
import type { ThrottleCounter } from "@/lib/accounts/login-throttle-rules";

export interface LoginThrottleKeys {
  name: string;
  client: string;
}

/** The two counters as they stand, without changing them. */
export async function readLoginThrottle(options: {
  db: Db;
  keys: LoginThrottleKeys;
}): Promise<{ name: ThrottleCounter | null; client: ThrottleCounter | null }> {
  const rows = await options.db.rateLimit.findMany({
    where: { key: { in: [options.keys.name, options.keys.client] } },
    select: { key: true, points: true, expiresAt: true },
  });
  const find = (key: string) => {
    const row = rows.find((r) => r.key === key);
    return row ? { failures: row.points, expiresAt: row.expiresAt } : null;
  };
  return { name: find(options.keys.name), client: find(options.keys.client) };
}
