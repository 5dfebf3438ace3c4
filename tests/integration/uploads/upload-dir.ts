// A fresh upload folder per test file, so tests can look at exactly the files they wrote.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

export interface TemporaryUploadDir {
  dir: string;
  files(): string[];
  remove(): void;
}

export function temporaryUploadDir(): TemporaryUploadDir {
  const dir = mkdtempSync(path.join(os.tmpdir(), "torch-most-uploads-"));
  process.env.UPLOAD_DIR = dir;
  resetEnvCache();
  return {
    dir,
    files: () => readdirSync(dir),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The set-up of a test file that stores documents: an upload folder now, a database before the
 * tests (handed to `ready`), and both gone after them.
 */
export function withDatabaseAndUploadDir(ready: (t: TestDatabase) => void): TemporaryUploadDir {
  const uploads = temporaryUploadDir();
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await createTestDatabase();
    ready(t);
  });
  afterAll(async () => {
    await t?.drop();
    uploads.remove();
  });
  return uploads;
}
