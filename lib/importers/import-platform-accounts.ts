// `platform:import`: loads platform-accounts.csv into PlatformAccount (origin "imported"), keyed
// by the lower-cased login name. The ID number is stored encrypted (a fresh ciphertext every
// time), so "unchanged" compares its keyed hash, never the ciphertext. A password the user has
// changed on the platform since (passwordChangedAt set) is kept rather than reset to the file's.
import "server-only";
import { keyedHash, sealText } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";
import { loginNameKey } from "@/lib/accounts/login-names";
import { applyPlan } from "./apply-plan";
import { IdSet } from "./id-set";
import type { BatchRow, ImportSummary } from "./import-summary";
import { planBatch } from "./plan-batch";
import { describeLoginNameRepeat, platformRefusal, type StoredPlatformAccount } from "./platform-conflicts";
import { PLATFORM_HEADER, checkPlatformRow, type PlatformRow } from "./platform-row";
import { runImport, type ImportProgressListener } from "./run-import";
import { dialectOf, insertRows, updateRows, type Column, type SqlValue } from "./sql-batch";

type Candidate = Omit<PlatformRow, "usccCheckCharacterValid"> & {
  loginNameKey: string;
  idNumberHash: string | null;
  verifiedIdHash: string | null;
};

type Comparable = Omit<Candidate, "idNumber" | "loginNameKey">;

function fingerprint(a: Comparable): string {
  return JSON.stringify([
    a.type, a.loginName, a.passwordHash, a.reservedMobile, a.realNameStatus,
    a.personName, a.idNumberHash, a.verifiedIdHash, a.orgName, a.uscc,
  ]);
}

function toCandidate({ usccCheckCharacterValid: _ignored, ...row }: PlatformRow): Candidate {
  const idNumberHash = row.idNumber ? keyedHash(row.idNumber) : null;
  const verified = row.type === "natural" && row.realNameStatus === "verified";
  return { ...row, loginNameKey: loginNameKey(row.loginName), idNumberHash, verifiedIdHash: verified ? idNumberHash : null };
}

const COLUMNS: Column[] = [
  "type", "loginName", "loginNameKey", "passwordHash", "reservedMobile", "realNameStatus",
  "personName", "idNumberEnc", "idNumberHash", "verifiedIdHash", "orgName", "uscc",
].map((name) => ({ name }));

/** Values in COLUMNS order; the ID number is sealed only now, for rows actually written. */
function toValues(c: Candidate): SqlValue[] {
  return [
    c.type, c.loginName, c.loginNameKey, c.passwordHash, c.reservedMobile, c.realNameStatus,
    c.personName, c.idNumber ? sealText(c.idNumber) : null, c.idNumberHash, c.verifiedIdHash, c.orgName, c.uscc,
  ];
}

const select = {
  id: true, type: true, loginName: true, loginNameKey: true, passwordHash: true, reservedMobile: true, realNameStatus: true,
  personName: true, idNumberHash: true, verifiedIdHash: true, orgName: true, uscc: true, origin: true, passwordChangedAt: true,
} as const;

async function findRelated(db: Db, rows: BatchRow<Candidate>[]) {
  const values = (pick: (c: Candidate) => string | null) => [...new Set(rows.map((r) => pick(r.value)).filter((v): v is string => v !== null))];
  const [byKey, byUscc, byVerified] = await Promise.all([
    db.platformAccount.findMany({ where: { loginNameKey: { in: values((c) => c.loginNameKey) } }, select }),
    db.platformAccount.findMany({ where: { uscc: { in: values((c) => c.uscc) } }, select: { id: true, uscc: true } }),
    db.platformAccount.findMany({ where: { verifiedIdHash: { in: values((c) => c.verifiedIdHash) } }, select: { id: true, verifiedIdHash: true } }),
  ]);
  return {
    byKey: new Map(byKey.map((account) => [account.loginNameKey, account])),
    holders: {
      uscc: new Map(byUscc.map((account) => [account.uscc!, account.id])),
      verifiedId: new Map(byVerified.map((account) => [account.verifiedIdHash!, account.id])),
    },
  };
}

async function writePlatformBatch(db: Db, batch: BatchRow<PlatformRow>[], seen: IdSet) {
  const dialect = dialectOf(db);
  const rows = batch.map((row) => ({ line: row.line, value: toCandidate(row.value) }));
  const { byKey, holders } = await findRelated(db, rows);
  for (const row of rows) {
    const account = byKey.get(row.value.loginNameKey);
    if (account?.passwordChangedAt) row.value.passwordHash = account.passwordHash;
  }
  const stored = new Map<string, StoredPlatformAccount>();
  for (const [key, account] of byKey) stored.set(key, { ...account, fingerprint: fingerprint(account as Comparable) });
  const plan = planBatch<Candidate, StoredPlatformAccount>({
    rows, stored, seen, keyLabel: "login name",
    keyOf: (c) => c.loginNameKey,
    fingerprintOf: fingerprint,
    refuse: platformRefusal(holders),
    describeRepeat: describeLoginNameRepeat,
  });
  return applyPlan({
    db,
    plan,
    seen,
    writer: {
      createMany: (tx, values) => insertRows(tx, dialect, "PlatformAccount", [...COLUMNS, { name: "origin" }], values.map((c) => [...toValues(c), "imported"])),
      updateMany: (tx, updates) => updateRows(tx, dialect, "PlatformAccount", COLUMNS, updates.map(({ id, value }) => ({ id, values: toValues(value) }))),
    },
  });
}

export async function importPlatformAccounts({ db, file, batchSize, onProgress }: { db: Db; file: string; batchSize?: number; onProgress?: ImportProgressListener }): Promise<ImportSummary> {
  const seen = new IdSet();
  const definition = {
    onProgress,
    header: PLATFORM_HEADER,
    checkRow: checkPlatformRow,
    writeBatch: (rows: BatchRow<PlatformRow>[]) => writePlatformBatch(db, rows, seen),
  };
  return runImport(file, definition, batchSize);
}
