import "server-only";
import type { Db } from "@/lib/db";
import { hashSessionToken, isSessionActive, isWellFormedSessionToken, shouldTouchSession } from "./session-rules";

export interface ValidateSessionOptions {
  db: Db;
  token: string | undefined | null;
  now?: Date;
}

export interface ValidSession {
  sessionId: string;
  accountId: number;
  createdAt: Date;
  expiresAt: Date;
}

/**
 * The session a cookie token stands for, or null. An ended session (idle or absolute timeout)
 * is deleted on sight, so a token cannot come back to life; an active one is touched.
 */
export async function validateSession(options: ValidateSessionOptions): Promise<ValidSession | null> {
  const { db, token } = options;
  if (!token || !isWellFormedSessionToken(token)) return null;
  const now = options.now ?? new Date();
  const id = hashSessionToken(token);
  const session = await db.session.findUnique({
    where: { id },
    select: { accountId: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
  if (!session) return null;
  if (!isSessionActive(session, now)) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (shouldTouchSession(session, now)) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return { sessionId: id, accountId: session.accountId, createdAt: session.createdAt, expiresAt: session.expiresAt };
}
