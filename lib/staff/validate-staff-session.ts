import "server-only";
import type { Db } from "@/lib/db";
import { hashSessionToken, isWellFormedSessionToken, shouldTouchSession } from "@/lib/sessions/session-rules";
import { isStaffRole, isStaffSessionActive, type StaffRole, type StaffSessionStage } from "./staff-rules";

export interface StaffSessionInfo {
  sessionId: string;
  staffId: number;
  name: string;
  role: StaffRole;
  stage: StaffSessionStage;
  totpEnrolled: boolean;
}

/**
 * The staff session a cookie token stands for, or null. Ended sessions (idle, absolute, or the
 * account disabled) are deleted on sight; an active one is touched at most once a minute, as public sessions are.
 */
export async function validateStaffSession(options: { db: Db; token: string | undefined | null; now?: Date }): Promise<StaffSessionInfo | null> {
  const { db, token } = options;
  if (!token || !isWellFormedSessionToken(token)) return null;
  const now = options.now ?? new Date();
  const id = hashSessionToken(token);
  const session = await db.staffSession.findUnique({
    where: { id },
    select: {
      stage: true, lastSeenAt: true, expiresAt: true,
      staff: { select: { id: true, name: true, role: true, disabledAt: true, totpConfirmedAt: true } },
    },
  });
  if (!session) return null;
  const stage = session.stage === "full" ? "full" : "password";
  if (!isStaffSessionActive(session, now) || session.staff.disabledAt || !isStaffRole(session.staff.role)) {
    await db.staffSession.deleteMany({ where: { id } });
    return null;
  }
  if (shouldTouchSession(session, now)) await db.staffSession.updateMany({ where: { id }, data: { lastSeenAt: now } });
  return {
    sessionId: id,
    staffId: session.staff.id,
    name: session.staff.name,
    role: session.staff.role,
    stage,
    totpEnrolled: session.staff.totpConfirmedAt !== null,
  };
}
