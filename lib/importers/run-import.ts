// Drives one CSV import: reads records in file order, checks each row, hands batches to the
// importer's writer and adds everything up. Memory holds one batch, never the file.
import { InputError } from "@/lib/errors/app-error";
import { byLine, type BatchResult, type BatchRow, type ImportSummary, type RowCheck } from "./import-summary";
import { readCsvRecords } from "./parse-csv-stream";

export const DEFAULT_BATCH_SIZE = 1000;

export interface ImportDefinition<T> {
  header: readonly string[];
  checkRow(fields: Record<string, string>): RowCheck<T>;
  writeBatch(rows: BatchRow<T>[]): Promise<BatchResult>;
  /** Told after every written batch how far the import got (the staff import page shows it). */
  onProgress?: ImportProgressListener;
}

export interface ImportProgress {
  /** Records read so far, good or bad. */
  processed: number;
  imported: number;
  unchanged: number;
  errors: number;
}

export type ImportProgressListener = (progress: ImportProgress) => Promise<void>;

export async function runImport<T>(file: string, definition: ImportDefinition<T>, batchSize = DEFAULT_BATCH_SIZE): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, unchanged: 0, warnings: [], errors: [] };
  let batch: BatchRow<T>[] = [];
  let batchWarnings: ImportSummary["warnings"] = [];
  let processed = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    const result = await definition.writeBatch(batch);
    summary.imported += result.imported;
    summary.unchanged += result.unchanged;
    summary.errors.push(...result.errors);
    // A warning about a row that was then refused would only be noise.
    const refused = new Set(result.errors.map((error) => error.line));
    summary.warnings.push(...batchWarnings.filter((warning) => !refused.has(warning.line)));
    batch = [];
    batchWarnings = [];
    await definition.onProgress?.({ processed, imported: summary.imported, unchanged: summary.unchanged, errors: summary.errors.length });
  };

  for await (const item of readCsvRecords(file, definition.header)) {
    if (item.kind !== "fatal") processed += 1;
    if (item.kind === "error") summary.errors.push({ line: item.line, message: item.message });
    else if (item.kind === "fatal") {
      await flush();
      throw new InputError("import_malformed_csv", fatalMessage(file, item.line, item.message, summary), "file");
    } else {
      const checked = definition.checkRow(item.fields);
      if (!checked.ok) summary.errors.push({ line: item.line, message: checked.message });
      else {
        batch.push({ line: item.line, value: checked.value });
        for (const message of checked.warnings) batchWarnings.push({ line: item.line, message });
        if (batch.length >= batchSize) await flush();
      }
    }
  }
  await flush();
  // A file with no good row never flushes a batch: report where reading ended all the same.
  if (processed > 0) await definition.onProgress?.({ processed, imported: summary.imported, unchanged: summary.unchanged, errors: summary.errors.length });
  summary.errors.sort(byLine);
  summary.warnings.sort(byLine);
  return summary;
}

function fatalMessage(file: string, line: number, problem: string, summary: ImportSummary): string {
  return (
    `${file}: line ${line}: ${problem}. Reading stopped there (so far imported ${summary.imported}, ` +
    `unchanged ${summary.unchanged}, row errors ${summary.errors.length}); rows already stored stay. ` +
    `Fix the file and import it again: stored rows then count as unchanged.`
  );
}
