import "server-only";
import type { Db } from "@/lib/db";
import { hashSessionToken, newSessionToken } from "@/lib/sessions/session-rules";
import { staffSessionExpiry, type StaffSessionStage } from "./staff-rules";

/** A new random token for every stage: the half-open session's token never becomes a full one. */
export async function createStaffSession(options: {
  db: Db;
  staffId: number;
  stage: StaffSessionStage;
  client?: string | null;
  now?: Date;
}): Promise<{ token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const token = newSessionToken();
  const expiresAt = staffSessionExpiry(options.stage, now);
  await options.db.staffSession.create({
    data: { id: hashSessionToken(token), staffId: options.staffId, stage: options.stage, client: options.client ?? null, createdAt: now, lastSeenAt: now, expiresAt },
    select: { id: true },
  });
  return { token, expiresAt };
}
