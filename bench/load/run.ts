// `npm run bench:load [-- --connections 200 --duration 30]`: the burst of issue 12.8 (200
// connections at once) against the production build started as `npm start` starts it, once with
// load shedding on and once off, in the same run. A mix of what a crowd does: the lookup page, the
// FAQ, the login page and POST /api/v1/lookup (captcha and lookup limits off, so every lookup does
// its real work). Prints, per run, the share of responses over 5 s and over 30 s, p50/p99, the
// 503 share and what the server's own metrics say about where time went (CPU use of its one
// JavaScript thread, event-loop lag). Needs `npm run build` first. Writes bench/out/load.json.
// Not part of `npm test`: the figures depend on the machine.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedLookupBench } from "../lookup/seed";
import { freePort } from "../lookup/server";
import { requireCurrentBuild } from "./build";
import { burst, type BurstFigures } from "./burst";
import { startEdgeServer } from "./edge-server";
import { sampleServer, serverFigures, type ServerFigures } from "./server-figures";

const root = path.resolve(import.meta.dirname, "..", "..");

function option(name: string, fallback: number, max: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} needs a whole number from 1 to ${max}`);
  return value;
}

// Bounded, so a mistyped option cannot keep the machine busy for long.
const connections = option("connections", 200, 400);
const duration = option("duration", 30, 120);

async function runOnce(appDir: string, databaseUrl: string, folder: string, inputs: string[], shedding: boolean): Promise<{ client: BurstFigures; server: ServerFigures }> {
  const server = await startEdgeServer({
    root: appDir,
    port: await freePort(),
    env: { DATABASE_URL: databaseUrl, CAPTCHA: "off", LOOKUP_RATE_LIMIT: "off", DATA_KEY: randomBytes(32).toString("hex"), DATA_DIR: folder, LOAD_SHEDDING: shedding ? "on" : "off", LOG_LEVEL: "warn" },
  });
  try {
    // Warm-up: compile paths, open the database, fill caches; not counted.
    await burst({ url: server.url, connections: 16, seconds: 3, inputs });
    const before = await sampleServer(server.url);
    const client = await burst({ url: server.url, connections, seconds: duration, inputs });
    return { client, server: serverFigures(before, await sampleServer(server.url)) };
  } finally {
    await server.stop();
  }
}

function line(name: string, run: { client: BurstFigures; server: ServerFigures }): string {
  const c = run.client;
  const s = run.server;
  return [
    `  ${name.padEnd(13)} ${String(c.responses).padStart(6)} responses (${c.perSecond}/s)`,
    `over 5 s ${c.over5sShare}%`,
    `over 30 s ${c.over30sShare}%`,
    `p50 ${c.p50} ms`,
    `p99 ${c.p99} ms`,
    `503 ${c.shedShare}% (p99 of 503s ${c.shedP99} ms)`,
    `errors ${c.errors}`,
    `| server: ${s.cpuPerSecond} CPU s/s, event-loop lag p99 ${s.eventLoopLagP99Ms} ms`,
  ].join(", ");
}

async function main(): Promise<void> {
  requireCurrentBuild(root);
  const folder = mkdtempSync(path.join(os.tmpdir(), "bench-load-"));
  try {
    const databaseUrl = `file:${path.join(folder, "bench.db")}`;
    const inputs = await seedLookupBench(databaseUrl, 20_000);
    const off = await runOnce(root, databaseUrl, folder, inputs, false);
    const on = await runOnce(root, databaseUrl, folder, inputs, true);
    const report = { at: new Date().toISOString(), connections, duration, loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10), cores: os.cpus().length, off, on };
    console.error(`\n${connections} connections for ${duration} s, load average ${report.loadAverage.join(" ")} on ${report.cores} cores (server and autocannon share them)`);
    console.error(line("shedding off", off));
    console.error(line("shedding on", on));
    mkdirSync(path.join(root, "bench", "out"), { recursive: true });
    writeFileSync(path.join(root, "bench", "out", "load.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.log(JSON.stringify(report));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
