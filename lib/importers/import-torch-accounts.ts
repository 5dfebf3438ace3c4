// `torch:import`: loads torch-accounts.csv into TorchAccount, keyed by the normalised username.
// An identical row is unchanged; a changed one (new hash, display name, contact) updates the
// account and counts as imported.
import "server-only";
import type { Db } from "@/lib/db";
import { applyPlan } from "./apply-plan";
import { IdSet } from "./id-set";
import type { BatchRow, ImportSummary } from "./import-summary";
import { planBatch } from "./plan-batch";
import { runImport } from "./run-import";
import { checkTorchRow, TORCH_HEADER, type TorchRow } from "./torch-row";

type Comparable = Pick<TorchRow, "kind" | "passwordHash" | "displayName" | "contactMobile" | "checkWarning">;

function fingerprint(account: Comparable): string {
  return JSON.stringify([account.kind, account.passwordHash, account.displayName, account.contactMobile, account.checkWarning]);
}

async function writeTorchBatch(db: Db, rows: BatchRow<TorchRow>[], seen: IdSet) {
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
      createMany: (tx, values) => tx.torchAccount.createManyAndReturn({ data: values, select: { id: true } }),
      async update(tx, id, { passwordHash, displayName, contactMobile, checkWarning }) {
        await tx.torchAccount.update({ where: { id }, data: { passwordHash, displayName, contactMobile, checkWarning }, select: { id: true } });
      },
    },
  });
}

export async function importTorchAccounts({ db, file, batchSize }: { db: Db; file: string; batchSize?: number }): Promise<ImportSummary> {
  const seen = new IdSet();
  const definition = { header: TORCH_HEADER, checkRow: checkTorchRow, writeBatch: (rows: BatchRow<TorchRow>[]) => writeTorchBatch(db, rows, seen) };
  return runImport(file, definition, batchSize);
}
