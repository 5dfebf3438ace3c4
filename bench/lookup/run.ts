// `npm run bench:lookup [-- --duration 10 --connections 32 --n 20000 --rounds 2]`: how close does
// the lookup API come to the cheapest possible route on the same server? Seeds a fresh SQLite
// database, starts the production build with `next start` (CAPTCHA=off, LOOKUP_RATE_LIMIT=off,
// BENCH=1; see build.ts for which build), then runs autocannon against a constant-JSON route
// (app/api/v1/bench-baseline) and POST /api/v1/lookup with varied USCCs, `duration` seconds each,
// alternating in `rounds` slices so a change in machine load hits both alike. Prints req/s, p99
// (the worst slice) and the ratio; goals: ratio ≥ 0.6 and lookup p99 ≤ 50 ms. Writes the figures
// to bench/out/lookup.json.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { ensureBuild } from "./build";
import { seedLookupBench } from "./seed";
import { freePort, startNext } from "./server";

const root = path.resolve(import.meta.dirname, "..", "..");

function option(name: string, fallback: number, max: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} needs a whole number from 1 to ${max}`);
  return value;
}

// Bounded, so a mistyped option cannot keep the machine busy for an hour.
const duration = option("duration", 10, 60);
const connections = option("connections", 32, 256);
const n = option("n", 20_000, 1_000_000);
const rounds = option("rounds", 2, 10);

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

async function measure(url: string, bodies: string[], seconds: number): Promise<Figures> {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: bodies[i++ % bodies.length] }),
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Slices of one route together: requests over the whole time, the worst slice's latencies. */
function combine(slices: Figures[]): Figures {
  const requests = slices.reduce((sum, f) => sum + f.requests, 0);
  return {
    requestsPerSecond: Math.round(requests / duration),
    p50: Math.max(...slices.map((f) => f.p50)),
    p99: Math.max(...slices.map((f) => f.p99)),
    requests,
    non2xx: slices.reduce((sum, f) => sum + f.non2xx, 0),
    errors: slices.reduce((sum, f) => sum + f.errors, 0),
  };
}

async function main(): Promise<void> {
  const appDir = ensureBuild(root);
  const folder = mkdtempSync(path.join(os.tmpdir(), "bench-lookup-"));
  const databaseUrl = `file:${path.join(folder, "bench.db")}`;
  const inputs = await seedLookupBench(databaseUrl, n);
  const server = await startNext({
    root: appDir,
    port: await freePort(),
    env: { DATABASE_URL: databaseUrl, CAPTCHA: "off", LOOKUP_RATE_LIMIT: "off", BENCH: "1", DATA_KEY: randomBytes(32).toString("hex"), DATA_DIR: folder },
  });
  try {
    const lookupBodies = inputs.map((q) => JSON.stringify({ q }));
    const baselineUrl = `${server.url}/api/v1/bench-baseline`;
    const lookupUrl = `${server.url}/api/v1/lookup`;
    // Warm both routes (JIT, Prisma connection, page cache) before anything is counted.
    await measure(baselineUrl, ["{}"], 2);
    await measure(lookupUrl, lookupBodies, 3);
    const slices: { baseline: Figures[]; lookup: Figures[] } = { baseline: [], lookup: [] };
    for (let round = 0; round < rounds; round += 1) {
      slices.baseline.push(await measure(baselineUrl, ["{}"], duration / rounds));
      slices.lookup.push(await measure(lookupUrl, lookupBodies, duration / rounds));
    }
    const baseline = combine(slices.baseline);
    const lookup = combine(slices.lookup);
    const ratio = Math.round((lookup.requestsPerSecond / baseline.requestsPerSecond) * 100) / 100;
    const report = {
      at: new Date().toISOString(),
      duration,
      connections,
      rounds,
      torchAccounts: n,
      build: appDir === root ? "shared .next" : `private webpack build in ${appDir}`,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      baseline,
      lookup,
      ratio,
      goals: { ratioAtLeast: 0.6, lookupP99AtMostMs: 50, ratioMet: ratio >= 0.6, p99Met: lookup.p99 <= 50 },
    };
    console.error(`\n${connections} connections, ${duration} s each in ${rounds} slices, ${n} Torch accounts (SQLite), ${report.build}`);
    console.error(`  load average ${report.loadAverage.join(" ")} on ${os.cpus().length} cores (the server and autocannon share them)`);
    console.error(`  baseline  ${String(baseline.requestsPerSecond).padStart(7)} req/s   p50 ${baseline.p50} ms   p99 ${baseline.p99} ms`);
    console.error(`  lookup    ${String(lookup.requestsPerSecond).padStart(7)} req/s   p50 ${lookup.p50} ms   p99 ${lookup.p99} ms   non-2xx ${lookup.non2xx}`);
    console.error(`  ratio     ${ratio} (goal ≥ 0.6: ${report.goals.ratioMet ? "met" : "NOT met"}); lookup p99 goal ≤ 50 ms: ${report.goals.p99Met ? "met" : "NOT met"}`);
    mkdirSync(path.join(root, "bench", "out"), { recursive: true });
    writeFileSync(path.join(root, "bench", "out", "lookup.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.log(JSON.stringify(report));
    if (lookup.non2xx > 0 || lookup.errors > 0) process.exitCode = 1;
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
