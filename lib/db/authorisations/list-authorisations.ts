import "server-only";
// E-R4 authorisations for staff (issue 13 §4), by USCC and/or the natural account's login name,
// revoked and expired ones included (they are the history). Newest first, one page at a time.
import type { Db } from "@/lib/db";

export const AUTHORISATIONS_PAGE_SIZE = 30;

export interface AuthorisationView {
  id: number;
  accountLoginName: string;
  uscc: string;
  system: string;
  validFrom: Date;
  validTo: Date | null;
  grantedBy: string;
  staffName: string | null;
  revokedAt: Date | null;
  note: string | null;
  createdAt: Date;
}

export async function listAuthorisations(options: { db: Db; uscc: string | null; loginNameKey: string | null; page: number }): Promise<{ total: number; rows: AuthorisationView[] }> {
  const { db } = options;
  const where = {
    ...(options.uscc ? { uscc: options.uscc } : {}),
    ...(options.loginNameKey ? { account: { loginNameKey: options.loginNameKey } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.orgAuthorisation.count({ where }),
    db.orgAuthorisation.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (options.page - 1) * AUTHORISATIONS_PAGE_SIZE,
      take: AUTHORISATIONS_PAGE_SIZE,
      select: {
        id: true, uscc: true, system: true, validFrom: true, validTo: true, grantedBy: true, staffId: true, revokedAt: true, note: true, createdAt: true,
        account: { select: { loginName: true } },
      },
    }),
  ]);
  const staffIds = [...new Set(rows.map((row) => row.staffId).filter((id): id is number => id !== null))];
  const names = new Map((await db.staffAccount.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  return {
    total,
    rows: rows.map(({ account, staffId, ...row }) => ({ ...row, accountLoginName: account.loginName, staffName: staffId === null ? null : (names.get(staffId) ?? null) })),
  };
}
