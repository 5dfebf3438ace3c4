// `torch:import`: loads torch-accounts.csv into TorchAccount, keyed by the normalised username.
// An identical row is unchanged; a changed one (new hash, display name, contact) updates the
// account and counts as imported.
import "server-only";
import type { Db } from "@/lib/db";
import { applyPlan } from "./apply-plan";
import { IdSet } from "./id-set";
import type { BatchRow, ImportSummary } from "./import-summary";
import { planBatch } from "./plan-batch";
import { runImport, type ImportProgressListener } from "./run-import";
import { dialectOf, insertRows, updateRows, type Column } from "./sql-batch";
import { checkTorchRow, TORCH_HEADER, type TorchRow } from "./torch-row";

type Comparable = Pick<TorchRow, "kind" | "passwordHash" | "displayName" | "contactMobile" | "checkWarning">;

function fingerprint(account: Comparable): string {
  return JSON.stringify([account.kind, account.passwordHash, account.displayName, account.contactMobile, account.checkWarning]);
}

const UPDATED: Column[] = [{ name: "passwordHash" }, { name: "displayName" }, { name: "contactMobile" }, { name: "checkWarning", boolean: true }];
const updatedValues = (v: TorchRow) => [v.passwordHash, v.displayName, v.contactMobile, v.checkWarning];

async function writeTorchBatch(db: Db, rows: BatchRow<TorchRow>[], seen: IdSet) {
  const dialect = dialectOf(db);
  const found = await db.torchAccount.findMany({
    where: { username: { in: [...new Set(rows.map((row) => row.value.username))] } },
    select: { id: true, username: true, kind: true, passwordHash: true, displayName: true, contactMobile: true, checkWarning: true },
  });
  const stored = new Map(found.map((account) => [account.username, { id: account.id, fingerprint: fingerprint(account as Comparable) }]));
  const plan = planBatch<TorchRow>({ rows, keyOf: (row) => row.username, fingerprintOf: fingerprint, stored, seen, keyLabel: "username" });
  return applyPlan({
    db,
    plan,
    seen,
    writer: {
      createMany: (tx, values) => insertRows(tx, dialect, "TorchAccount", [{ name: "kind" }, { name: "username" }, ...UPDATED], values.map((v) => [v.kind, v.username, ...updatedValues(v)])),
      updateMany: (tx, updates) => updateRows(tx, dialect, "TorchAccount", UPDATED, updates.map(({ id, value }) => ({ id, values: updatedValues(value) }))),
    },
  });
}

export async function importTorchAccounts({ db, file, batchSize, onProgress }: { db: Db; file: string; batchSize?: number; onProgress?: ImportProgressListener }): Promise<ImportSummary> {
  const seen = new IdSet();
  const definition = { header: TORCH_HEADER, onProgress, checkRow: checkTorchRow, writeBatch: (rows: BatchRow<TorchRow>[]) => writeTorchBatch(db, rows, seen) };
  return runImport(file, definition, batchSize);
}
