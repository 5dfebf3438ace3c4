import "server-only";
// A job left queued or running by a server that stopped is closed as interrupted by the next
// server process, so the one-job slot frees itself (imports and `migrate` are safe to run again).
// One app instance runs the jobs it accepted; with several, each closes only jobs older than itself.
import type { Db } from "@/lib/db";
import { ACTIVE_IMPORT_STATUSES } from "./import-job-view";

/** Jobs this process did not start and that began before it: their server stopped under them. */
export async function closeInterruptedJobs(options: { db: Db; processStartedAt: Date; now?: Date }): Promise<void> {
  await options.db.importJob.updateMany({
    where: { status: { in: ACTIVE_IMPORT_STATUSES }, createdAt: { lt: options.processStartedAt } },
    data: { status: "failed", finishedAt: options.now ?? new Date(), resultJson: JSON.stringify({ interrupted: true }) },
  });
}
