import "server-only";
import type { Db } from "@/lib/db";
import { hashSessionToken, isWellFormedSessionToken } from "./session-rules";

/** Logout: the row goes, so the cookie opens nothing even if it was copied. */
export async function deleteSession(options: { db: Db; token: string | undefined | null }): Promise<void> {
  if (!options.token || !isWellFormedSessionToken(options.token)) return;
  await options.db.session.deleteMany({ where: { id: hashSessionToken(options.token) } });
}
