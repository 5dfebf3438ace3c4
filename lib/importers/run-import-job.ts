import "server-only";
// Runs one job of the staff import page (issue 13 §4) exactly as the CLI would: the same importer
// (torch:import, platform:import, registry:import) on the uploaded file, or the same migration
// executor as `migrate`. The job row follows it — running, rows read so far, and at the end the
// summary (lib/importers/job-result.ts) or the failure. The uploaded file is deleted afterwards.
// Started without awaiting by the page: progress is read from the row, not from this call.
import { rm } from "node:fs/promises";
import path from "node:path";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import type { ImportJobKind } from "@/lib/db/imports/import-job-view";
import { updateImportJob } from "@/lib/db/imports/update-import-job";
import { AppError } from "@/lib/errors/app-error";
import { errorFields, logger } from "@/lib/log/logger";
import { runMigration } from "@/lib/migration/run-migration";
import { staffActor } from "@/lib/staff/staff-actor";
import { importPlatformAccounts } from "./import-platform-accounts";
import { importRegistryEntries } from "./import-registry-entries";
import { importTorchAccounts } from "./import-torch-accounts";
import { failureResult, importJobResult, type ImportJobResult } from "./job-result";
import type { ImportProgressListener } from "./run-import";

const IMPORTERS = { torch: importTorchAccounts, platform: importPlatformAccounts, registry: importRegistryEntries } as const;

export interface RunImportJobOptions {
  db: Db;
  databaseUrl: string;
  jobId: number;
  kind: ImportJobKind;
  /** The uploaded CSV (imports only); deleted when the job ends. */
  file: string | null;
  fileName: string | null;
  staffId: number;
}

export async function runImportJob(options: RunImportJobOptions): Promise<void> {
  const { db, jobId, kind, file } = options;
  await updateImportJob({ db, id: jobId, data: { status: "running", startedAt: new Date() } });
  let result: ImportJobResult;
  let status: "done" | "failed" = "done";
  try {
    if (kind === "migrate") result = { ...(await runMigration({ databaseUrl: options.databaseUrl })) };
    else {
      if (!file) throw new Error("an import job needs its uploaded file");
      const onProgress: ImportProgressListener = (progress) => updateImportJob({ db, id: jobId, data: { processed: progress.processed, imported: progress.imported, unchanged: progress.unchanged } });
      result = importJobResult(await IMPORTERS[kind]({ db, file, onProgress }));
    }
  } catch (error) {
    status = "failed";
    // A bad file (wrong header, broken from some line on) is the admin's to fix: say what the CLI says.
    result = error instanceof AppError ? failureResult(error.code, error.message, { temporary: file, shown: options.fileName }) : failureResult("internal", "", { temporary: null, shown: null });
    if (!(error instanceof AppError)) logger.error("import.job.failed", { jobId, kind, ...errorFields(error) });
  } finally {
    if (file) await rm(path.dirname(file), { recursive: true, force: true });
  }
  await updateImportJob({
    db, id: jobId,
    data: { status, finishedAt: new Date(), resultJson: JSON.stringify(result), ...(result.imported !== undefined ? { imported: result.imported, unchanged: result.unchanged } : {}) },
  });
  await recordAuditEvent({
    db, type: "import.finish", actor: staffActor(options.staffId), result: status === "done" ? "success" : "failure",
    detail: { job: jobId, kind, ...(result.imported !== undefined ? { imported: result.imported, errors: result.errorCount ?? 0 } : {}), ...(result.created !== undefined ? { created: result.created } : {}) },
  });
}
