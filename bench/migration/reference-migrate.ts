// The yardstick for the benchmark: the least SQL that does the same work as `migrate` — the same
// joins deciding every Torch account, the same three inserts — written independently of
// lib/migration, as one statement each in one transaction, with no batching, no resumability and
// no summary. It runs as a child process: `tsx reference-migrate.ts <db file>`; prints
// {"seconds":…,"maxRssKb":…}.
import Database from "better-sqlite3";

const file = process.argv[2];
const sqlite = new Database(file, { fileMustExist: true });
sqlite.pragma("journal_mode = WAL");
sqlite.pragma("synchronous = NORMAL");
sqlite.pragma("temp_store = MEMORY");
sqlite.pragma("cache_size = -65536");
const now = new Date().toISOString().replace("Z", "+00:00");
const started = process.hrtime.bigint();
const cpuAtStart = process.cpuUsage();
const cpuSeconds = () => {
  const used = process.cpuUsage(cpuAtStart);
  return (used.user + used.system) / 1e6;
};

sqlite.transaction(() => {
  sqlite.exec(`CREATE TEMP TABLE d AS
    SELECT t.id AS tid, t.kind, t.username AS u, t."passwordHash" AS ph, t."displayName" AS dn, t."contactMobile" AS cm,
      own.id AS own_id, own.type AS own_type, own."loginNameKey" AS own_key, own."loginName" AS own_name,
      nm.id AS nm_id, nm.type AS nm_type, nm."reservedMobile" AS nm_mobile, nm."loginName" AS nm_name, hj.id AS hj_id,
      (SELECT min(v.id) FROM "PlatformAccount" v WHERE t.kind = 'personal' AND v."reservedMobile" = t.username
        AND v.type = 'natural' AND v."realNameStatus" = 'verified') AS ver_id
    FROM "TorchAccount" t
    LEFT JOIN "PlatformAccount" own ON t.kind = 'enterprise' AND own.uscc = t.username
    LEFT JOIN "PlatformAccount" nm ON nm."loginNameKey" = lower(t.username)
    LEFT JOIN "PlatformAccount" hj ON hj."loginNameKey" = lower('HJ_' || t.username)
    WHERE NOT EXISTS (SELECT 1 FROM "MigrationRecord" r WHERE r."torchAccountId" = t.id)`);
  sqlite.exec(`CREATE TEMP TABLE o AS SELECT d.*,
    CASE WHEN kind = 'enterprise' THEN
      CASE WHEN own_type = 'legal' AND own_key = lower(u) THEN 'E-R2'
           WHEN own_type = 'legal' AND (nm_id IS NULL OR hj_id IS NULL) THEN 'E-R4'
           WHEN own_id IS NULL AND nm_id IS NULL THEN 'E-R1'
           WHEN own_id IS NULL AND hj_id IS NULL THEN 'E-R3' ELSE 'CONFLICT' END
    ELSE
      CASE WHEN nm_type = 'natural' AND nm_mobile = u THEN 'P-R2' WHEN ver_id IS NOT NULL THEN 'P-R4'
           WHEN nm_id IS NULL THEN 'P-R1' WHEN hj_id IS NULL THEN 'P-R3' ELSE 'CONFLICT' END
    END AS outcome,
    CASE WHEN nm_id IS NULL THEN u ELSE 'HJ_' || u END AS name
    FROM d`);
  sqlite.prepare(`INSERT INTO "PlatformAccount" (type, "loginName", "loginNameKey", "passwordHash", "reservedMobile", "realNameStatus",
      "personName", "orgName", uscc, origin, "createdAt", "updatedAt")
    SELECT CASE WHEN outcome IN ('E-R1', 'E-R3') THEN 'legal' ELSE 'natural' END, name, lower(name), ph,
      CASE WHEN kind = 'enterprise' THEN cm ELSE u END, 'unverified',
      CASE WHEN kind = 'personal' THEN dn END, CASE WHEN outcome IN ('E-R1', 'E-R3') THEN dn END,
      CASE WHEN outcome IN ('E-R1', 'E-R3') THEN u END, 'migrated', ?, ?
    FROM o WHERE outcome IN ('E-R1', 'E-R3', 'E-R4', 'P-R1', 'P-R3') ORDER BY tid`).run(now, now);
  sqlite.prepare(`INSERT INTO "OrgAuthorisation" ("accountId", uscc, system, "validFrom", "grantedBy", "createdAt")
    SELECT p.id, o.u, s.system, ?, 'migration', ? FROM o JOIN "PlatformAccount" p ON p."loginNameKey" = lower(o.name)
    CROSS JOIN (SELECT 'gaoqi' AS system UNION ALL SELECT 'kexiao') s WHERE o.outcome = 'E-R4'`).run(now, now);
  sqlite.prepare(`INSERT INTO "MigrationRecord" ("torchAccountId", outcome, "loginName", "window", "platformAccountId", "accountCreated", "migratedAt")
    SELECT tid, outcome,
      CASE outcome WHEN 'E-R2' THEN own_name WHEN 'P-R2' THEN nm_name WHEN 'P-R4' THEN NULL WHEN 'CONFLICT' THEN NULL ELSE name END,
      CASE WHEN outcome IN ('E-R1', 'E-R2', 'E-R3') THEN 'legal' WHEN outcome IN ('P-R4', 'CONFLICT') THEN NULL ELSE 'natural' END,
      CASE outcome WHEN 'E-R2' THEN own_id WHEN 'P-R2' THEN nm_id WHEN 'P-R4' THEN ver_id ELSE p.id END,
      outcome IN ('E-R1', 'E-R3', 'E-R4', 'P-R1', 'P-R3'), ?
    FROM o LEFT JOIN "PlatformAccount" p ON outcome IN ('E-R1', 'E-R3', 'E-R4', 'P-R1', 'P-R3') AND p."loginNameKey" = lower(o.name)
    ORDER BY tid`).run(now);
})();

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
sqlite.close();
process.stdout.write(`${JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, cpuSeconds: cpuSeconds() })}\n`);
