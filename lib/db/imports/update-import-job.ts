import "server-only";
// A job's progress and its end, as the runner reports them.
import type { Db } from "@/lib/db";

export async function updateImportJob(options: {
  db: Db;
  id: number;
  data: Partial<{ status: "running" | "done" | "failed"; processed: number; imported: number; unchanged: number; resultJson: string; startedAt: Date; finishedAt: Date }>;
}): Promise<void> {
  await options.db.importJob.update({ where: { id: options.id }, data: options.data, select: { id: true } });
}
