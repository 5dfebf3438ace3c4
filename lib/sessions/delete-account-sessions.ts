import "server-only";
import type { Db, DbTransaction } from "@/lib/db";

export interface DeleteAccountSessionsOptions {
  db: Db | DbTransaction;
  accountId: number;
  /** Keep this session (the one changing the password); omit to end every session. */
  exceptSessionId?: string;
}

/** "Sign out everywhere", and what a password or mobile change does to the other devices. */
export async function deleteAccountSessions(options: DeleteAccountSessionsOptions): Promise<number> {
  const where = options.exceptSessionId
    ? { accountId: options.accountId, id: { not: options.exceptSessionId } }
    : { accountId: options.accountId };
  const { count } = await options.db.session.deleteMany({ where });
  return count;
}
