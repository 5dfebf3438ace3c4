// The benchmark serves this working tree's own production build (`.next`). When it is missing or
// older than the code a request runs, it stops and says so instead of measuring old code.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "lib", "components", "messages", "proxy.ts", "next.config.mjs"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => (name === "generated" ? newest : Math.max(newest, newestMtime(path.join(target, name)))), stat.mtimeMs);
}

export function requireCurrentBuild(root: string): void {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) throw new Error("no production build: run `npm run build` first");
  const builtAt = statSync(buildId).mtimeMs;
  const stale = SOURCES.filter((source) => newestMtime(path.join(root, source)) > builtAt);
  if (stale.length > 0) throw new Error(`the build is older than ${stale.join(", ")}: run \`npm run build\` first`);
}
