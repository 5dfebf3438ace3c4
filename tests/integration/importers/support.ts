// Shared by the importer integration tests: fixture paths, throw-away CSV files and running the
// real CLI against the test database.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const root = path.resolve(__dirname, "..", "..", "..");
const scratch = mkdtempSync(path.join(os.tmpdir(), "importer-test-"));
// Registered while the importing test file is collected, so it runs after that file.
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

export function fixture(name: string): string {
  return path.join(root, "tests", "fixtures", "importers", name);
}

let counter = 0;
/** Writes `content` to a new file and returns its path. */
export function csvFile(content: string | Buffer): string {
  const file = path.join(scratch, `file-${++counter}.csv`);
  writeFileSync(file, content);
  return file;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  json: Record<string, unknown>;
}

/** `npm run cli -- …` as an operator runs it, against `databaseUrl`. */
export function runCli(args: string[], databaseUrl: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "cli/main.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").at(-1) ?? "";
      resolve({ code, stdout, stderr, json: last ? (JSON.parse(last) as Record<string, unknown>) : {} });
    });
  });
}

export const lines = (issues: Array<{ line: number }>) => issues.map((issue) => issue.line);
