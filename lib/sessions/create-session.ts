import "server-only";
import type { Db } from "@/lib/db";
import { absoluteExpiry, hashSessionToken, newSessionToken } from "./session-rules";

export interface CreateSessionOptions {
  db: Db;
  accountId: number;
  client?: string | null;
  now?: Date;
}

/** A new session at every login (no fixation): the caller puts `token` in the cookie. */
export async function createSession(options: CreateSessionOptions): Promise<{ token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const token = newSessionToken();
  const expiresAt = absoluteExpiry(now);
  await options.db.session.create({
    data: {
      id: hashSessionToken(token),
      accountId: options.accountId,
      client: options.client ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    },
    select: { id: true },
  });
  return { token, expiresAt };
}
