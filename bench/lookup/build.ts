// The benchmark runs against a production build that contains the current lookup code. The
// shared `.next` is used when it is complete and newer than that code; otherwise the benchmark
// builds a private copy of the working tree in the temp folder, so it never rewrites the `.next`
// that other people's `next start` (end-to-end tests) are serving from. The copy links the
// project's node_modules, which lies outside the copy's root: Turbopack refuses that, webpack
// (`next build --webpack`) follows the link, and API routes run the same under either.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROUTES = ["api/v1/lookup/route.js", "api/v1/bench-baseline/route.js"];
/** The code a lookup request runs: a build older than any of it would measure old code. */
const SOURCES = ["app/api/v1", "lib/lookup", "lib/captcha", "lib/rate-limit", "lib/sms", "lib/migration/outcomes.ts", "lib/db"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

function buildIsCurrent(root: string, appDir: string): boolean {
  const next = path.join(appDir, ".next");
  const buildId = path.join(next, "BUILD_ID");
  if (!existsSync(buildId) || !ROUTES.every((route) => existsSync(path.join(next, "server", "app", route)))) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= builtAt);
}

function sharedBuildInProgress(): boolean {
  try {
    // pgrep only lists processes. A build writing the shared .next right now is not to be trusted.
    return execFileSync("pgrep", ["-f", "next build"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

function privateBuild(root: string, target: string): void {
  // Keep webpack's cache between runs; everything else is copied fresh.
  for (const entry of existsSync(target) ? readdirSync(target) : []) {
    if (entry !== ".next") rmSync(path.join(target, entry), { recursive: true, force: true });
  }
  mkdirSync(target, { recursive: true });
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" })
    .split("\0")
    .filter((file) => file && existsSync(path.join(root, file)));
  for (const file of files) cpSync(path.join(root, file), path.join(target, file), { recursive: true });
  // Generated Prisma clients are ignored by git but needed at build and run time.
  cpSync(path.join(root, "lib", "generated"), path.join(target, "lib", "generated"), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(target, "node_modules"), "dir");
  process.stderr.write(`building a private copy in ${target} (next build --webpack)…\n`);
  const run = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build", "--webpack"], {
    cwd: target,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (run.status !== 0 || !buildIsCurrent(root, target)) throw new Error("next build failed; the benchmark needs a production build");
}

/** The folder to run `next start` in: the project itself, or the private copy. */
export function ensureBuild(root: string): string {
  if (!sharedBuildInProgress() && buildIsCurrent(root, root)) return root;
  const target = path.join(os.tmpdir(), "torch-most-bench-lookup");
  if (!buildIsCurrent(root, target)) privateBuild(root, target);
  return target;
}
