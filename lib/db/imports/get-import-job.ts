import "server-only";
// One import job with its result, for its progress page.
import type { Db } from "@/lib/db";
import { importJobSelect, withStaffNames, type ImportJobView } from "./import-job-view";

export async function getImportJob(options: { db: Db; id: number }): Promise<ImportJobView | null> {
  const row = await options.db.importJob.findUnique({ where: { id: options.id }, select: importJobSelect });
  return row ? (await withStaffNames(options.db, [row]))[0] : null;
}
