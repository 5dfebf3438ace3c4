import "server-only";
import type { Db } from "@/lib/db";
import { SESSION_IDLE_MS } from "./session-rules";

/** Housekeeping: rows of sessions that can no longer be valid (run at login; cheap with few rows). */
export async function deleteExpiredSessions(options: { db: Db; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const idleLimit = new Date(now.getTime() - SESSION_IDLE_MS);
  const { count } = await options.db.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleLimit } }] },
  });
  return count;
}
