// What an import job keeps of its summary (ImportJob.resultJson): the counts, and the first
// warnings and per-line errors — capped, so a file with a million bad rows does not put a million
// messages into one row; the totals say how many there were. A failure keeps its code and the
// importer's words, with the server's temporary path replaced by the name the admin gave the file.
import type { ImportSummary, RowIssue } from "./import-summary";

export const JOB_ISSUES_KEPT = 200;

export interface ImportJobResult {
  imported?: number;
  unchanged?: number;
  errors?: RowIssue[];
  errorCount?: number;
  warnings?: RowIssue[];
  warningCount?: number;
  outcomes?: Record<string, number>;
  created?: number;
  conflicts?: number;
  failure?: { code: string; message: string };
  interrupted?: boolean;
}

export function importJobResult(summary: ImportSummary): ImportJobResult {
  return {
    imported: summary.imported,
    unchanged: summary.unchanged,
    errors: summary.errors.slice(0, JOB_ISSUES_KEPT),
    errorCount: summary.errors.length,
    warnings: summary.warnings.slice(0, JOB_ISSUES_KEPT),
    warningCount: summary.warnings.length,
  };
}

export function failureResult(code: string, message: string, paths: { temporary: string | null; shown: string | null }): ImportJobResult {
  const cleaned = paths.temporary ? message.replaceAll(paths.temporary, paths.shown ?? "file") : message;
  return { failure: { code, message: cleaned.slice(0, 2000) } };
}

export function parseImportJobResult(json: string | null): ImportJobResult {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === "object" ? (parsed as ImportJobResult) : {};
  } catch {
    return {};
  }
}
