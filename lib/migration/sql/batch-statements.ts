// The migration of one batch as set-based SQL, for SQLite and PostgreSQL alike. It is the rules of
// rules.ts written as joins: the property tests show each Torch account may be decided against the
// platform as it was before the run (the names a Torch account can create — U, HJ_U, P, HJ_P —
// never meet another Torch account's, since usernames are unique and USCCs and mobiles differ in
// length), so a whole batch is decided in one statement. The integration tests compare the result
// with the rules on random worlds.
//
// `facts` is MATERIALIZED: inlined, SQLite would evaluate the verified-account subquery once for
// every mention of `outcome` (≈15 per row).
//
// Parameters are written `:name`; better-sqlite3 binds them by name, and bindPostgres() turns them
// into typed `$n` for pg. Timestamps are ISO text (`…T03:47:25.230+00:00`), the form Prisma reads.
export type Dialect = "sqlite" | "postgresql";

export const CREATE_DECISION_TABLE = `
CREATE TEMP TABLE IF NOT EXISTS mig_decision (
  torch_id INTEGER PRIMARY KEY, username TEXT NOT NULL, outcome TEXT NOT NULL, login_name TEXT,
  login_window TEXT, existing_id INTEGER, create_type TEXT, reserved_mobile TEXT, uscc TEXT,
  org_name TEXT, person_name TEXT, password_hash TEXT NOT NULL, authorise INTEGER NOT NULL
)`;

export const CLEAR_DECISIONS = `DELETE FROM mig_decision`;

const ENTERPRISE_OUTCOME = `CASE
      WHEN own_type = 'legal' AND own_key = lower(username) THEN 'E-R2'
      WHEN own_type = 'legal' THEN CASE WHEN name_id IS NULL OR hj_id IS NULL THEN 'E-R4' ELSE 'CONFLICT' END
      WHEN own_id IS NOT NULL THEN 'CONFLICT'
      WHEN name_id IS NULL THEN 'E-R1'
      WHEN hj_id IS NULL THEN 'E-R3'
      ELSE 'CONFLICT' END`;

const PERSONAL_OUTCOME = `CASE
      WHEN name_type = 'natural' AND name_mobile = username THEN 'P-R2'
      WHEN verified_id IS NOT NULL THEN 'P-R4'
      WHEN name_id IS NULL THEN 'P-R1'
      WHEN hj_id IS NULL THEN 'P-R3'
      ELSE 'CONFLICT' END`;

/** Decides the next batch: Torch accounts after :after without a migration record, in id order. */
export const DECIDE_BATCH = `
INSERT INTO mig_decision (torch_id, username, outcome, login_name, login_window, existing_id, create_type,
  reserved_mobile, uscc, org_name, person_name, password_hash, authorise)
WITH batch AS (
  SELECT t.id, t.kind, t.username, t."passwordHash" AS password_hash, t."displayName" AS display_name,
    t."contactMobile" AS contact_mobile
  FROM "TorchAccount" t
  WHERE t.id > :after AND NOT EXISTS (SELECT 1 FROM "MigrationRecord" r WHERE r."torchAccountId" = t.id)
  ORDER BY t.id LIMIT :limit
), facts AS MATERIALIZED (
  SELECT b.*, own.id AS own_id, own.type AS own_type, own."loginName" AS own_name, own."loginNameKey" AS own_key,
    nm.id AS name_id, nm.type AS name_type, nm."loginName" AS name_login, nm."reservedMobile" AS name_mobile,
    hj.id AS hj_id,
    CASE WHEN b.kind = 'personal' THEN (SELECT min(v.id) FROM "PlatformAccount" v
      WHERE v."reservedMobile" = b.username AND v.type = 'natural' AND v."realNameStatus" = 'verified') END AS verified_id
  FROM batch b
  LEFT JOIN "PlatformAccount" own ON b.kind = 'enterprise' AND own.uscc = b.username
  LEFT JOIN "PlatformAccount" nm ON nm."loginNameKey" = lower(b.username)
  LEFT JOIN "PlatformAccount" hj ON hj."loginNameKey" = lower('HJ_' || b.username)
), decided AS (
  SELECT f.*,
    CASE WHEN kind = 'enterprise' THEN ${ENTERPRISE_OUTCOME} ELSE ${PERSONAL_OUTCOME} END AS outcome,
    CASE WHEN name_id IS NULL THEN username ELSE 'HJ_' || username END AS new_name
  FROM facts f
)
SELECT id, username, outcome,
  CASE WHEN outcome = 'E-R2' THEN own_name WHEN outcome = 'P-R2' THEN name_login
    WHEN outcome IN ('P-R4', 'CONFLICT') THEN NULL ELSE new_name END,
  CASE WHEN outcome IN ('E-R1', 'E-R2', 'E-R3') THEN 'legal' WHEN outcome IN ('E-R4', 'P-R1', 'P-R2', 'P-R3') THEN 'natural' END,
  CASE WHEN outcome = 'E-R2' THEN own_id WHEN outcome = 'P-R2' THEN name_id WHEN outcome = 'P-R4' THEN verified_id END,
  CASE WHEN outcome IN ('E-R1', 'E-R3') THEN 'legal' WHEN outcome IN ('E-R4', 'P-R1', 'P-R3') THEN 'natural' END,
  CASE WHEN kind = 'enterprise' THEN contact_mobile ELSE username END,
  CASE WHEN outcome IN ('E-R1', 'E-R3') THEN username END,
  CASE WHEN outcome IN ('E-R1', 'E-R3') THEN display_name END,
  CASE WHEN outcome IN ('P-R1', 'P-R3') THEN display_name END,
  password_hash,
  CASE WHEN outcome = 'E-R4' THEN 1 ELSE 0 END
FROM decided`;

export const BATCH_STATS = `SELECT count(*) AS decided, max(torch_id) AS last_id, count(create_type) AS to_create FROM mig_decision`;

// Created in Torch id order, so a rerun after a crash gives the same ids on SQLite.
export const CREATE_ACCOUNTS = `
INSERT INTO "PlatformAccount" (type, "loginName", "loginNameKey", "passwordHash", "reservedMobile", "realNameStatus",
  "personName", "orgName", uscc, origin, "createdAt", "updatedAt")
SELECT create_type, login_name, lower(login_name), password_hash, reserved_mobile, 'unverified',
  person_name, org_name, uscc, 'migrated', :now, :now
FROM mig_decision WHERE create_type IS NOT NULL ORDER BY torch_id`;

export const AUTHORISE_ACCOUNTS = `
INSERT INTO "OrgAuthorisation" ("accountId", uscc, system, "validFrom", "grantedBy", "createdAt")
SELECT p.id, d.username, s.system, :now, 'migration', :now
FROM mig_decision d
JOIN "PlatformAccount" p ON p."loginNameKey" = lower(d.login_name)
CROSS JOIN (SELECT 'gaoqi' AS system, 1 AS position UNION ALL SELECT 'kexiao', 2) s
WHERE d.authorise = 1 ORDER BY d.torch_id, s.position`;

export const RECORD_DECISIONS = `
INSERT INTO "MigrationRecord" ("torchAccountId", outcome, "loginName", "window", "platformAccountId", "accountCreated", "migratedAt")
SELECT d.torch_id, d.outcome, d.login_name, d.login_window, COALESCE(d.existing_id, p.id), d.create_type IS NOT NULL, :now
FROM mig_decision d
LEFT JOIN "PlatformAccount" p ON d.create_type IS NOT NULL AND p."loginNameKey" = lower(d.login_name)
ORDER BY d.torch_id`;

export const COUNT_OUTCOMES = `SELECT outcome, count(*) AS n FROM "MigrationRecord" GROUP BY outcome`;

const POSTGRES_TYPES: Record<string, string> = { after: "int", limit: "int", now: "timestamp(3)" };

/** Turns `:name` parameters into typed, numbered `$n` ones for pg, with their values in order. */
export function bindPostgres(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const names: string[] = [];
  const text = sql.replace(/:(after|limit|now)\b/g, (_, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}::${POSTGRES_TYPES[name]}`;
  });
  return { text, values: names.map((name) => params[name]) };
}

/** Now, in the ISO form Prisma writes and reads in SQLite (`2026-11-29T03:47:25.230+00:00`). */
export function isoNow(date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}
