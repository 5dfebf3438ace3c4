import "server-only";
// The newest import jobs for the staff import page.
import type { Db } from "@/lib/db";
import { importJobSelect, withStaffNames, type ImportJobView } from "./import-job-view";

export async function listImportJobs(options: { db: Db; take?: number }): Promise<ImportJobView[]> {
  const rows = await options.db.importJob.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: options.take ?? 20, select: importJobSelect });
  return withStaffNames(options.db, rows);
}
