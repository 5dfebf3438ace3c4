// Starts the edge server (server/main.ts, as `npm start` does) for the benchmark and stops it.
import { spawn } from "node:child_process";
import path from "node:path";

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export async function startEdgeServer(options: { root: string; port: number; env: Record<string, string> }): Promise<RunningServer> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(options.root, "server", "main.ts")], {
    cwd: options.root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", HOST: "127.0.0.1", PORT: String(options.port), ...options.env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server did not answer within 60 s:\n${log}`);
}
