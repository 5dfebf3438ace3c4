import "server-only";
import type { Db } from "@/lib/db";
import { hashSessionToken, isWellFormedSessionToken } from "@/lib/sessions/session-rules";

/** Logout (and the end of the password stage): the row goes, so a copied cookie opens nothing. */
export async function deleteStaffSession(options: { db: Db; token: string | undefined | null }): Promise<void> {
  if (!options.token || !isWellFormedSessionToken(options.token)) return;
  await options.db.staffSession.deleteMany({ where: { id: hashSessionToken(options.token) } });
}
