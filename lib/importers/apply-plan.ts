// Writes one planned batch in one interactive transaction: all of it or none of it. If the
// database refuses the batch for a constraint (a record written by someone else meanwhile), each
// row is retried alone so that only the offending rows are reported and nothing is half-written.
import "server-only";
import type { Db, DbTransaction } from "@/lib/db";
import type { IdSet } from "./id-set";
import type { BatchResult, BatchRow, RowIssue } from "./import-summary";
import type { BatchPlan } from "./plan-batch";

export interface PlanWriter<T> {
  /** Inserts the rows; returns the new ids. */
  createMany(tx: DbTransaction, values: T[]): Promise<number[]>;
  updateMany(tx: DbTransaction, rows: Array<{ id: number; value: T }>): Promise<void>;
}

export interface ApplyPlanOptions<T> {
  db: Db;
  plan: BatchPlan<T>;
  writer: PlanWriter<T>;
  seen: IdSet;
}

const TRANSACTION = { maxWait: 30_000, timeout: 300_000 };

const CONSTRAINT_KINDS = new Set(["UniqueConstraintViolation", "ForeignKeyConstraintViolation", "TransactionWriteConflict"]);

/** Raw statements report constraint failures as P2010 with the driver adapter's error kind inside. */
function isConstraintViolation(error: unknown): boolean {
  const known = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } } | null;
  if (known?.code === "P2002" || known?.code === "P2003" || known?.code === "P2034") return true;
  const kind = known?.meta?.driverAdapterError?.cause?.kind;
  return known?.code === "P2010" && typeof kind === "string" && CONSTRAINT_KINDS.has(kind);
}

async function write<T>(tx: DbTransaction, writer: PlanWriter<T>, creates: BatchRow<T>[], updates: Array<BatchRow<T> & { id: number }>) {
  const created = creates.length > 0 ? await writer.createMany(tx, creates.map((row) => row.value)) : [];
  if (updates.length > 0) await writer.updateMany(tx, updates);
  return created;
}

export async function applyPlan<T>({ db, plan, writer, seen }: ApplyPlanOptions<T>): Promise<BatchResult> {
  const written = plan.creates.length + plan.updates.length;
  const result: BatchResult = { imported: 0, unchanged: plan.unchanged, errors: [...plan.errors] };
  if (written === 0) return result;
  try {
    const created = await db.$transaction((tx) => write(tx, writer, plan.creates, plan.updates), TRANSACTION);
    for (const id of created) seen.add(id);
    result.imported = written;
    return result;
  } catch (error) {
    if (!isConstraintViolation(error)) throw error;
  }
  const single: Array<[BatchRow<T>[], Array<BatchRow<T> & { id: number }>]> = [
    ...plan.creates.map((row): [BatchRow<T>[], []] => [[row], []]),
    ...plan.updates.map((row): [[], Array<BatchRow<T> & { id: number }>] => [[], [row]]),
  ];
  for (const [creates, updates] of single) {
    try {
      const created = await db.$transaction((tx) => write(tx, writer, creates, updates), TRANSACTION);
      for (const id of created) seen.add(id);
      result.imported++;
    } catch (error) {
      if (!isConstraintViolation(error)) throw error;
      const line = (creates[0] ?? updates[0]).line;
      result.errors.push(conflict(line));
    }
  }
  return result;
}

function conflict(line: number): RowIssue {
  return { line, message: "not stored: it collides with a record written by someone else meanwhile; import the file again" };
}
