import "server-only";
// A new ImportJob, queued — unless another is queued or running: one job at a time.
import type { Db } from "@/lib/db";
import { ConsoleError } from "@/lib/staff/console-error";
import { ACTIVE_IMPORT_STATUSES, type ImportJobKind } from "./import-job-view";

export async function createImportJob(options: { db: Db; kind: ImportJobKind; fileName: string | null; staffId: number; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  return options.db.$transaction(
    async (tx) => {
      if (await tx.importJob.findFirst({ where: { status: { in: ACTIVE_IMPORT_STATUSES } }, select: { id: true } })) throw new ConsoleError("import.busy", "another import or migration is running");
      const job = await tx.importJob.create({ data: { kind: options.kind, status: "queued", fileName: options.fileName, startedBy: options.staffId, createdAt: now }, select: { id: true } });
      return job.id;
    },
    { isolationLevel: "Serializable" },
  );
}
