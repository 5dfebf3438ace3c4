import "server-only";
// Starts a job of the staff import page: frees the slot of jobs a stopped server left behind,
// claims it (one job at a time), records who started what, and runs the job in the background of
// this server process — the page follows it through the ImportJob row.
import { rm } from "node:fs/promises";
import path from "node:path";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { closeInterruptedJobs } from "@/lib/db/imports/close-interrupted-import-jobs";
import { createImportJob } from "@/lib/db/imports/create-import-job";
import type { ImportJobKind } from "@/lib/db/imports/import-job-view";
import { errorFields, logger } from "@/lib/log/logger";
import { staffActor } from "@/lib/staff/staff-actor";
import { runImportJob } from "./run-import-job";

/** Jobs created before this moment were started by an earlier server process. */
const PROCESS_STARTED_AT = new Date();

export async function startImportJob(options: {
  db: Db;
  databaseUrl: string;
  kind: ImportJobKind;
  file: string | null;
  fileName: string | null;
  staffId: number;
  client?: string | null;
}): Promise<number> {
  const { db, kind, staffId } = options;
  await closeInterruptedJobs({ db, processStartedAt: PROCESS_STARTED_AT });
  let jobId: number;
  try {
    jobId = await createImportJob({ db, kind, fileName: options.fileName, staffId });
  } catch (error) {
    if (options.file) await rm(path.dirname(options.file), { recursive: true, force: true });
    throw error;
  }
  await recordAuditEvent({ db, type: "import.start", actor: staffActor(staffId), client: options.client ?? null, result: "success", detail: { job: jobId, kind } });
  void runImportJob({ ...options, jobId }).catch((error: unknown) => logger.error("import.job.crashed", { jobId, kind, ...errorFields(error) }));
  return jobId;
}
