// `npm run bench:migration [-- --n <accounts>] [--seed <s>] [--keep]`: generates n Torch and n
// platform accounts (every rule exercised, generate-world.ts) into a fresh SQLite file, copies it,
// then times `migrate` (child process, the real runMigration) against the minimal raw-SQL
// reference (child process, reference-migrate.ts) on the copy. Checks both end with the same
// tables and the expected outcome counts, times an idempotent rerun, and prints seconds, the
// ratio (goal ≤ 5×), the ≤ 60 s goal and the peak RSS of the migrate run.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { seedSqlite } from "./seed-sqlite";

const root = path.resolve(__dirname, "..", "..");

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

interface ChildReport {
  seconds: number;
  /** CPU time (user + system) of the timed part: what the machine's other load cannot inflate. */
  cpuSeconds: number;
  maxRssKb: number;
  summary?: { outcomes: Record<string, number>; created: number; conflicts: number };
}

function runChild(script: string, args: string[], env: Record<string, string>): ChildReport & { wallSeconds: number } {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(__dirname, script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${script} failed (${child.status}): ${child.stderr}`);
  return { ...(JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as ChildReport), wallSeconds };
}

/** A digest of everything the migration produced, by natural keys (not ids or times). */
function digest(file: string): string {
  const sqlite = new Database(file, { readonly: true });
  const hash = createHash("sha256");
  const queries = [
    `SELECT t.username, r.outcome, r.loginName, r."window", p.loginName AS account, r.accountCreated
       FROM MigrationRecord r JOIN TorchAccount t ON t.id = r.torchAccountId LEFT JOIN PlatformAccount p ON p.id = r.platformAccountId ORDER BY t.id`,
    `SELECT type, loginName, passwordHash, reservedMobile, uscc, personName, orgName, origin, realNameStatus FROM PlatformAccount ORDER BY loginNameKey`,
    `SELECT p.loginName, a.uscc, a.system, a.grantedBy, a.validTo FROM OrgAuthorisation a JOIN PlatformAccount p ON p.id = a.accountId ORDER BY 1, 3`,
  ];
  for (const sql of queries) for (const row of sqlite.prepare(sql).raw().iterate()) hash.update(JSON.stringify(row));
  sqlite.close();
  return hash.digest("hex");
}

const n = option("n", 1_000_000);
const seed = option("seed", 20_261_129);
const folder = mkdtempSync(path.join(os.tmpdir(), "bench-migration-"));
const migrated = path.join(folder, "migrate.db");
const reference = path.join(folder, "reference.db");
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
try {
  let started = process.hrtime.bigint();
  const expected = seedSqlite(migrated, { n, seed });
  const seedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  copyFileSync(migrated, reference);
  console.log(`seeded ${n} Torch + ${n} platform accounts in ${seedSeconds.toFixed(1)} s (${folder})`);

  const ours = runChild("child-migrate.ts", [], { DATABASE_URL: `file:${migrated}` });
  const ref = runChild("reference-migrate.ts", [reference], {});
  const rerun = runChild("child-migrate.ts", [], { DATABASE_URL: `file:${migrated}` });
  started = process.hrtime.bigint();
  const same = digest(migrated) === digest(reference);
  const checkSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  const outcomesOk = JSON.stringify(ours.summary?.outcomes) === JSON.stringify(expected);
  const ratio = ours.seconds / ref.seconds;
  const report = {
    n,
    seed,
    loadAverage: os.loadavg().map((l) => +l.toFixed(1)),
    migrate: { seconds: +ours.seconds.toFixed(2), cpuSeconds: +ours.cpuSeconds.toFixed(2), processSeconds: +ours.wallSeconds.toFixed(2), peakRssMb: +(ours.maxRssKb / 1024).toFixed(1) },
    reference: { seconds: +ref.seconds.toFixed(2), cpuSeconds: +ref.cpuSeconds.toFixed(2), peakRssMb: +(ref.maxRssKb / 1024).toFixed(1) },
    ratio: +ratio.toFixed(2),
    rerun: { seconds: +rerun.seconds.toFixed(2), created: rerun.summary?.created },
    summary: ours.summary,
    checks: { outcomesAsGenerated: outcomesOk, sameTablesAsReference: same, rerunCreatesNothing: rerun.summary?.created === 0 },
  };
  console.log(JSON.stringify(report));
  console.log(`migrate:   ${ours.seconds.toFixed(2)} s (CPU ${ours.cpuSeconds.toFixed(2)} s; process ${ours.wallSeconds.toFixed(2)} s), peak RSS ${mb(ours.maxRssKb)}`);
  console.log(`reference: ${ref.seconds.toFixed(2)} s (CPU ${ref.cpuSeconds.toFixed(2)} s), peak RSS ${mb(ref.maxRssKb)}`);
  console.log(`load:      ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs (other work on the machine inflates seconds, not CPU time)`);
  console.log(`ratio:     ${ratio.toFixed(2)}× (goal ≤ 5×: ${ratio <= 5 ? "met" : "NOT met"})`);
  console.log(`≤ 60 s:    ${ours.wallSeconds <= 60 ? "met" : "NOT met"} (whole migrate process, ${ours.wallSeconds.toFixed(1)} s)`);
  console.log(`rerun:     ${rerun.seconds.toFixed(2)} s, created ${rerun.summary?.created}`);
  console.log(`checks:    outcomes as generated ${outcomesOk}, same tables as reference ${same} (${checkSeconds.toFixed(1)} s)`);
  if (!outcomesOk || !same || rerun.summary?.created !== 0) process.exitCode = 1;
} finally {
  if (!process.argv.includes("--keep")) rmSync(folder, { recursive: true, force: true });
}
