import "server-only";
// Staff sessions that can no longer be valid: past their absolute end, or idle past the limit.
import type { Db } from "@/lib/db";
import { STAFF_IDLE_MS } from "@/lib/staff/staff-rules";

export async function deleteExpiredStaffSessions(options: { db: Db; now: Date }): Promise<number> {
  const idleLimit = new Date(options.now.getTime() - STAFF_IDLE_MS);
  const { count } = await options.db.staffSession.deleteMany({
    where: { OR: [{ expiresAt: { lte: options.now } }, { lastSeenAt: { lte: idleLimit } }] },
  });
  return count;
}
