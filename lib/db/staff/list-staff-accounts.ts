import "server-only";
// Every staff account for the admins' page: name, role, state, whether the authenticator is
// enrolled, and when they last used the console. No secrets leave here.
import type { Db } from "@/lib/db";

export interface StaffAccountView {
  id: number;
  name: string;
  role: string;
  disabledAt: Date | null;
  totpEnrolled: boolean;
  createdAt: Date;
  lastSeenAt: Date | null;
}

export async function listStaffAccounts(options: { db: Db }): Promise<StaffAccountView[]> {
  const rows = await options.db.staffAccount.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { nameKey: "asc" }],
    select: {
      id: true, name: true, role: true, disabledAt: true, totpConfirmedAt: true, createdAt: true,
      sessions: { orderBy: { lastSeenAt: "desc" }, take: 1, select: { lastSeenAt: true } },
    },
  });
  return rows.map(({ totpConfirmedAt, sessions, ...row }) => ({ ...row, totpEnrolled: totpConfirmedAt !== null, lastSeenAt: sessions[0]?.lastSeenAt ?? null }));
}
