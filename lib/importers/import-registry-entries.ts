// `registry:import`: loads registry.csv into RegistryEntry, keyed by kind and the keyed hash of
// the normalised ID number or USCC. No plain ID number is stored anywhere.
import "server-only";
import { keyedHash } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";
import { applyPlan } from "./apply-plan";
import { IdSet } from "./id-set";
import type { BatchRow, ImportSummary } from "./import-summary";
import { planBatch } from "./plan-batch";
import { REGISTRY_HEADER, checkRegistryRow, type RegistryRow } from "./registry-row";
import { runImport, type ImportProgressListener } from "./run-import";
import { dialectOf, insertRows, updateRows, type Column } from "./sql-batch";

interface StoredEntry {
  kind: string;
  idHash: string;
  name: string;
  legalRepName: string | null;
  legalRepIdHash: string | null;
}

const keyOf = (entry: Pick<StoredEntry, "kind" | "idHash">) => `${entry.kind}:${entry.idHash}`;
const fingerprint = (entry: StoredEntry) => JSON.stringify([entry.name, entry.legalRepName, entry.legalRepIdHash]);

function toStored(row: RegistryRow): StoredEntry {
  return {
    kind: row.kind,
    idHash: keyedHash(row.id),
    name: row.name,
    legalRepName: row.legalRepName,
    legalRepIdHash: row.legalRepId ? keyedHash(row.legalRepId) : null,
  };
}

const UPDATED: Column[] = [{ name: "name" }, { name: "legalRepName" }, { name: "legalRepIdHash" }];
const updatedValues = (v: StoredEntry) => [v.name, v.legalRepName, v.legalRepIdHash];

async function writeRegistryBatch(db: Db, batch: BatchRow<RegistryRow>[], seen: IdSet) {
  const dialect = dialectOf(db);
  const rows = batch.map((row) => ({ line: row.line, value: toStored(row.value) }));
  const found = await db.registryEntry.findMany({
    where: { idHash: { in: [...new Set(rows.map((row) => row.value.idHash))] } },
    select: { id: true, kind: true, idHash: true, name: true, legalRepName: true, legalRepIdHash: true },
  });
  const stored = new Map(found.map((entry) => [keyOf(entry), { id: entry.id, fingerprint: fingerprint(entry) }]));
  const plan = planBatch<StoredEntry>({ rows, keyOf, fingerprintOf: fingerprint, stored, seen, keyLabel: "id" });
  return applyPlan({
    db,
    plan,
    seen,
    writer: {
      createMany: (tx, values) => insertRows(tx, dialect, "RegistryEntry", [{ name: "kind" }, { name: "idHash" }, ...UPDATED], values.map((v) => [v.kind, v.idHash, ...updatedValues(v)])),
      updateMany: (tx, updates) => updateRows(tx, dialect, "RegistryEntry", UPDATED, updates.map(({ id, value }) => ({ id, values: updatedValues(value) }))),
    },
  });
}

export async function importRegistryEntries({ db, file, batchSize, onProgress }: { db: Db; file: string; batchSize?: number; onProgress?: ImportProgressListener }): Promise<ImportSummary> {
  const seen = new IdSet();
  const definition = {
    onProgress,
    header: REGISTRY_HEADER,
    checkRow: checkRegistryRow,
    writeBatch: (rows: BatchRow<RegistryRow>[]) => writeRegistryBatch(db, rows, seen),
  };
  return runImport(file, definition, batchSize);
}
