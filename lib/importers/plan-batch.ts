// Decides, for one batch of validated rows, which rows create a record, which update one, which
// are unchanged and which are refused. Pure: the stored state comes in as plain data.
// Repeats inside one file: a repeat with identical values is unchanged; one with different values
// is an error (the file contradicts itself, and silently letting the last row win hides that).
import type { IdSet } from "./id-set";
import type { BatchRow, RowIssue } from "./import-summary";

export interface StoredRecord {
  id: number;
  /** The comparable values of the stored record, in the same form as `fingerprintOf(row)`. */
  fingerprint: string;
}

export interface BatchPlan<T> {
  creates: BatchRow<T>[];
  updates: Array<BatchRow<T> & { id: number }>;
  unchanged: number;
  errors: RowIssue[];
}

export interface PlanInput<T, S extends StoredRecord = StoredRecord> {
  rows: readonly BatchRow<T>[];
  keyOf(value: T): string;
  fingerprintOf(value: T): string;
  stored: ReadonlyMap<string, S>;
  /** Stored ids matched or created by earlier batches of this file; updated here. */
  seen: IdSet;
  /** What the key is called in messages ("username", "login name"). */
  keyLabel: string;
  /** A reason to refuse a row that is not a repeat (collisions with other records), else undefined. */
  refuse?(row: BatchRow<T>, stored: S | undefined): string | undefined;
  /** A more specific message for a repeat with different values, else the generic one is used. */
  describeRepeat?(row: T, first: T | S): string | undefined;
}

export function planBatch<T, S extends StoredRecord = StoredRecord>(input: PlanInput<T, S>): BatchPlan<T> {
  const plan: BatchPlan<T> = { creates: [], updates: [], unchanged: 0, errors: [] };
  const inBatch = new Map<string, { line: number; fingerprint: string; value: T }>();
  for (const row of input.rows) {
    const key = input.keyOf(row.value);
    const fingerprint = input.fingerprintOf(row.value);
    const stored = input.stored.get(key);
    const earlier = inBatch.get(key);
    if (earlier || (stored && input.seen.has(stored.id))) {
      if ((earlier?.fingerprint ?? stored?.fingerprint) === fingerprint) plan.unchanged++;
      else {
        const specific = input.describeRepeat?.(row.value, earlier ? earlier.value : stored!);
        plan.errors.push({ line: row.line, message: specific ?? repeatMessage(input.keyLabel, earlier?.line) });
      }
      continue;
    }
    const refusal = input.refuse?.(row, stored);
    if (refusal) {
      plan.errors.push({ line: row.line, message: refusal });
      continue;
    }
    inBatch.set(key, { line: row.line, fingerprint, value: row.value });
    if (!stored) plan.creates.push(row);
    else {
      input.seen.add(stored.id);
      if (stored.fingerprint === fingerprint) plan.unchanged++;
      else plan.updates.push({ ...row, id: stored.id });
    }
  }
  return plan;
}

function repeatMessage(keyLabel: string, earlierLine: number | undefined): string {
  const where = earlierLine ? `line ${earlierLine}` : "an earlier row of this file";
  return `duplicate ${keyLabel}: ${where} has the same ${keyLabel} with different values`;
}
