// A fresh upload folder per test file, so tests can look at exactly the files they wrote.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { resetEnvCache } from "@/lib/env";

export function temporaryUploadDir(): { dir: string; files(): string[]; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "torch-most-uploads-"));
  process.env.UPLOAD_DIR = dir;
  resetEnvCache();
  return {
    dir,
    files: () => readdirSync(dir),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
