import "server-only";
// The CONFLICT migration records for staff (issue 13 §4), open ones first (oldest first), then the
// resolved ones (newest first): the Torch account, the accounts holding the names the migration
// wanted (U / P and HJ_ + it), and for open ones a free name to suggest.
import type { Db } from "@/lib/db";
import { suggestedLoginNames } from "@/lib/migration/conflict-resolution";

export const CONFLICTS_PAGE_SIZE = 20;

export interface ConflictRecordView {
  torchAccountId: number;
  kind: string;
  username: string;
  displayName: string;
  migratedAt: Date;
  /** Accounts holding the names the migration tried, by login name, with their type. */
  holders: { loginName: string; type: string }[];
  resolved: { at: Date; by: string | null; loginName: string | null; window: string | null; note: string | null } | null;
  suggestion: string | null;
}

export async function listConflictRecords(options: { db: Db; state: "open" | "resolved"; page: number }): Promise<{ total: number; records: ConflictRecordView[] }> {
  const { db } = options;
  const where = { outcome: "CONFLICT", resolvedAt: options.state === "open" ? null : { not: null } };
  const [total, rows] = await Promise.all([
    db.migrationRecord.count({ where }),
    db.migrationRecord.findMany({
      where,
      orderBy: options.state === "open" ? [{ migratedAt: "asc" }, { id: "asc" }] : [{ resolvedAt: "desc" }, { id: "desc" }],
      skip: (options.page - 1) * CONFLICTS_PAGE_SIZE,
      take: CONFLICTS_PAGE_SIZE,
      select: {
        torchAccountId: true, migratedAt: true, loginName: true, window: true, resolvedAt: true, resolvedBy: true, resolutionNote: true,
        torchAccount: { select: { kind: true, username: true, displayName: true } },
      },
    }),
  ]);
  const wanted = rows.flatMap((row) => [row.torchAccount.username, `HJ_${row.torchAccount.username}`, ...suggestedLoginNames(row.torchAccount.username)].map((name) => name.toLowerCase()));
  const taken = await db.platformAccount.findMany({ where: { loginNameKey: { in: wanted } }, select: { loginName: true, loginNameKey: true, type: true } });
  const takenKeys = new Map(taken.map((account) => [account.loginNameKey, account]));
  const resolverIds = [...new Set(rows.map((row) => row.resolvedBy).filter((id): id is number => id !== null))];
  const resolvers = new Map((await db.staffAccount.findMany({ where: { id: { in: resolverIds } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  return {
    total,
    records: rows.map((row) => {
      const { username } = row.torchAccount;
      const holders = [username, `HJ_${username}`].flatMap((name) => {
        const holder = takenKeys.get(name.toLowerCase());
        return holder ? [{ loginName: holder.loginName, type: holder.type }] : [];
      });
      return {
        torchAccountId: row.torchAccountId,
        kind: row.torchAccount.kind,
        username,
        displayName: row.torchAccount.displayName,
        migratedAt: row.migratedAt,
        holders,
        resolved: row.resolvedAt
          ? { at: row.resolvedAt, by: row.resolvedBy === null ? null : (resolvers.get(row.resolvedBy) ?? null), loginName: row.loginName, window: row.window, note: row.resolutionNote }
          : null,
        suggestion: row.resolvedAt ? null : (suggestedLoginNames(username).find((name) => !takenKeys.has(name.toLowerCase())) ?? null),
      };
    }),
  };
}
