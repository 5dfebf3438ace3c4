import "server-only";
// What the staff import page shows of an ImportJob (issue 13 §4), shared by the job helpers here.
import type { Db } from "@/lib/db";

export type ImportJobKind = "torch" | "platform" | "registry" | "migrate";

export interface ImportJobView {
  id: number;
  kind: string;
  status: string;
  fileName: string | null;
  processed: number;
  imported: number;
  unchanged: number;
  resultJson: string | null;
  startedBy: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** A job in these states holds the one slot: two imports or a migration at once would only compete for the same rows. */
export const ACTIVE_IMPORT_STATUSES = ["queued", "running"];

export const importJobSelect = { id: true, kind: true, status: true, fileName: true, processed: true, imported: true, unchanged: true, resultJson: true, startedBy: true, createdAt: true, startedAt: true, finishedAt: true } as const;

/** The ids of the admins who started jobs, as their names. */
export async function withStaffNames(db: Db, rows: (Omit<ImportJobView, "startedBy"> & { startedBy: number | null })[]): Promise<ImportJobView[]> {
  const ids = [...new Set(rows.map((row) => row.startedBy).filter((id): id is number => id !== null))];
  const names = new Map((await db.staffAccount.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  return rows.map((row) => ({ ...row, startedBy: row.startedBy === null ? null : (names.get(row.startedBy) ?? null) }));
}
