// The benchmark runs against the production build. It builds when the build is missing, lacks
// the lookup routes or is older than the code a lookup runs, and first waits for a build someone else is running in this tree (two
// builds writing .next at once would break both).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROUTES = ["api/v1/lookup/route.js", "api/v1/bench-baseline/route.js"];
/** The code a lookup request runs: a build older than any of it would measure old code. */
const SOURCES = ["app/api/v1", "lib/lookup", "lib/captcha", "lib/rate-limit", "lib/sms", "lib/migration/outcomes.ts", "lib/db.ts"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

function buildIsUsable(root: string): boolean {
  const next = path.join(root, ".next");
  const buildId = path.join(next, "BUILD_ID");
  if (!existsSync(buildId) || !ROUTES.every((route) => existsSync(path.join(next, "server", "app", route)))) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= builtAt);
}

function otherBuildRunning(): boolean {
  try {
    // pgrep lists processes; it is read-only. Our own process never matches "next build".
    return execFileSync("pgrep", ["-f", "next build"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

export async function ensureBuild(root: string): Promise<void> {
  const deadline = Date.now() + 15 * 60_000;
  while (otherBuildRunning()) {
    if (Date.now() > deadline) throw new Error("another `next build` has been running for 15 minutes; try again later");
    process.stderr.write("waiting for a running `next build` to finish…\n");
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
  if (buildIsUsable(root)) return;
  process.stderr.write("building (next build)…\n");
  const run = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (run.status !== 0 || !buildIsUsable(root)) throw new Error("next build failed; the benchmark needs a production build");
}
