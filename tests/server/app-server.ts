// Starts the built application the way production does (`node --import tsx server/main.ts`, the
// edge server in front of Next) on a free port, and stops it. Needs `next build` first: the
// "servers" layer of `npm test` runs after the build. Shedding on event-loop lag is off by default
// here: on a busy test machine it would turn test requests into 503s.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface AppServer {
  url: string;
  /** Everything the server wrote so far, one entry per line. */
  lines(): string[];
  stop(): Promise<void>;
}

export async function startApp(env: Record<string, string>): Promise<AppServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "server", "main.ts")], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", HOST: "127.0.0.1", PORT: String(port), CAPTCHA: "off", MAX_EVENT_LOOP_LAG_MS: "60000", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${output}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) {
      return { url, lines: () => output.split("\n").filter(Boolean), stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the app did not answer within 60 s:\n${output}`);
}
