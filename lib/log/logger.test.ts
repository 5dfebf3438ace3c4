// The logger writes straight to the process's stdout and stderr (pino), so it is checked in a
// child process of its own: JSON lines, levels on the right stream, the request id inside a
// request context and none outside it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const here = import.meta.dirname;

function run(script: string, env: Record<string, string> = {}): { stdout: string[]; stderr: string[] } {
  const source = `
    const { logger, errorFields } = require(${JSON.stringify(path.join(here, "logger.ts"))});
    const { runInRequestContext } = require(${JSON.stringify(path.join(here, "request-context.ts"))});
    ${script}`;
  const result = spawnSync(process.execPath, ["--import", "tsx", "-e", source], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`the script failed: ${result.stderr}`);
  const lines = (text: string) => text.split("\n").filter(Boolean);
  return { stdout: lines(result.stdout), stderr: lines(result.stderr) };
}

// Each case starts a node process: generous on a loaded two-core machine.
describe("logger", { timeout: 30_000 }, () => {
  it("writes one JSON object per line with level, time, event and the fields", () => {
    const { stdout } = run(`logger.info("lookup.answered", { outcome: "E-R3", ms: 12 });`);
    expect(stdout).toHaveLength(1);
    const line = JSON.parse(stdout[0]);
    expect(line).toEqual({ level: "info", time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), event: "lookup.answered", outcome: "E-R3", ms: 12 });
  });

  it("adds the request id inside a request context only", () => {
    const { stdout } = run(`
      runInRequestContext({ requestId: "req-12345678" }, () => logger.info("inside"));
      logger.info("outside");`);
    expect(JSON.parse(stdout[0])).toMatchObject({ event: "inside", requestId: "req-12345678" });
    expect(JSON.parse(stdout[1]).requestId).toBeUndefined();
  });

  it("sends warn and error to stderr, the rest to stdout, and honours LOG_LEVEL", () => {
    const { stdout, stderr } = run(`logger.debug("d"); logger.info("i"); logger.warn("w"); logger.error("e", errorFields(new TypeError("secret 13800000001")));`, { LOG_LEVEL: "debug" });
    expect(stdout.map((line) => JSON.parse(line).event)).toEqual(["d", "i"]);
    expect(stderr.map((line) => JSON.parse(line).event)).toEqual(["w", "e"]);
    const error = JSON.parse(stderr[1]);
    expect(error).toMatchObject({ level: "error", errorName: "TypeError" });
    // An error's message may quote user input: only its name and stack frames are logged.
    expect(stderr[1]).not.toContain("13800000001");
    const quiet = run(`logger.info("hidden"); logger.warn("shown");`, { LOG_LEVEL: "warn" });
    expect(quiet.stdout).toEqual([]);
    expect(quiet.stderr.map((line) => JSON.parse(line).event)).toEqual(["shown"]);
  });
});
