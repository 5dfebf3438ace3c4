// `npm run bench:import`: does memory stay flat however long the file is? Generates torch CSVs of
// 10,000 and 1,000,000 rows into a temporary folder and imports each into its own temporary
// SQLite database in a separate child process (so one run's heap cannot hide the other's), which
// samples process.memoryUsage().rss. The child runs the import as `torch:import` does (same heap
// setting). Prints peak RSS, wall and CPU time and the ratio 1M / 10k; then imports the 1M file
// again (every row unchanged) to time the re-import path. Wall time includes waiting for SQLite's
// commit fsyncs and for the CPU on a busy machine; CPU time is the import's own work.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { usccCheckCharacter } from "../lib/identifiers";

const SIZES = [10_000, 1_000_000];
const MB = 1024 * 1024;

function row(i: number): string {
  const hash = `md5:${createHash("md5").update(`pw${i}`).digest("hex")}`;
  if (i % 2 === 0) return `personal,${13_000_000_000 + i},${hash},用户${i},\n`;
  const first17 = `91110108MA${String(i).padStart(7, "0")}`;
  return `enterprise,${first17}${usccCheckCharacter(first17)},${hash},"企业, 第${i}号",1${String(3_900_000_000 + i)}\n`;
}

async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write("kind,username,password_hash,display_name,contact_mobile\n");
  for (let i = 0; i < rows; i++) {
    if (!out.write(row(i))) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

interface ChildResult {
  peakRssMb: number;
  seconds: number;
  cpuSeconds: number;
  imported: number;
  unchanged: number;
  errors: number;
}

function importInChild(csv: string, url: string): ChildResult {
  const child = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(__dirname, "import-memory.ts"), "--child", csv, url],
    { encoding: "utf8", env: { ...process.env, DATA_KEY: "42".repeat(32) }, maxBuffer: 64 * MB },
  );
  if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as ChildResult;
}

async function child(csv: string, url: string): Promise<void> {
  const { applyMigrations } = await import("../lib/db/migrations/apply");
  const { createDb } = await import("../lib/db");
  const { importTorchAccounts } = await import("../lib/importers/import-torch-accounts");
  const { boundHeapGrowthForImport } = await import("../lib/importers/bounded-heap");
  boundHeapGrowthForImport();
  await applyMigrations(url);
  const db = createDb(url);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const summary = await importTorchAccounts({ db, file: csv });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await db.$disconnect();
  const result: ChildResult = {
    peakRssMb: Math.round((peak / MB) * 10) / 10,
    seconds: Math.round(seconds * 10) / 10,
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
    imported: summary.imported,
    unchanged: summary.unchanged,
    errors: summary.errors.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
  try {
    const results: Record<string, ChildResult> = {};
    for (const size of SIZES) {
      const csv = path.join(folder, `torch-${size}.csv`);
      await writeCsv(csv, size);
      const url = `file:${path.join(folder, `bench-${size}.db`)}`;
      results[`${size} rows`] = importInChild(csv, url);
      if (size === SIZES.at(-1)) results[`${size} rows again (unchanged)`] = importInChild(csv, url);
    }
    console.table(results);
    const [small, large] = SIZES.map((size) => results[`${size} rows`].peakRssMb);
    console.log(`peak RSS ratio ${SIZES[1].toLocaleString("en")} / ${SIZES[0].toLocaleString("en")} rows: ${(large / small).toFixed(2)}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const [mode, csv, url] = process.argv.slice(2);
(mode === "--child" ? child(csv, url) : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
