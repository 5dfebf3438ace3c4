import "server-only";
import type { Db } from "@/lib/db";

/** Registration's availability checks, asked before an SMS code is spent. */
export async function findRegistrationConflicts(options: {
  db: Db;
  loginNameKey: string;
  uscc: string | null;
}): Promise<{ loginNameTaken: boolean; usccTaken: boolean }> {
  const { db, loginNameKey, uscc } = options;
  const byName = await db.platformAccount.findUnique({ where: { loginNameKey }, select: { id: true } });
  const byUscc = uscc ? await db.platformAccount.findUnique({ where: { uscc }, select: { id: true } }) : null;
  return { loginNameTaken: byName !== null, usccTaken: byUscc !== null };
}
