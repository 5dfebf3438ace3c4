import "server-only";
// UPLOAD_STORE=local: one file per document in UPLOAD_DIR, outside any public folder, readable
// by the service's user only. One instance only: a second server needs the same folder (or S3).
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { BlobNotFoundError, type BlobStore } from "./blob-store";

export class LocalBlobStore implements BlobStore {
  constructor(private readonly dir: string) {}

  private file(storageKey: string): string {
    return path.join(this.dir, `${storageKey}.bin`);
  }

  async put(storageKey: string, sealed: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeFile(this.file(storageKey), sealed, { mode: 0o600, flag: "wx" });
  }

  async get(storageKey: string): Promise<Buffer> {
    try {
      return await readFile(this.file(storageKey));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new BlobNotFoundError();
      throw error;
    }
  }

  async delete(storageKey: string): Promise<void> {
    await rm(this.file(storageKey), { force: true });
  }
}
