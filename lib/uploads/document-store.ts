import "server-only";
// Where uploaded documents live: one sealed file (AES-256-GCM, key from DATA_KEY) per document
// in UPLOAD_DIR, outside any public folder and named by a random key, never by the user's name.
// Callers check who may read a document before calling readDocument.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { openBytes, sealBytes } from "@/lib/crypto/seal";
import { env } from "@/lib/env";

function uploadDir(): string {
  const configured = env().UPLOAD_DIR;
  return path.resolve(configured ?? path.join(env().DATA_DIR, "uploads"));
}

function fileFor(storageKey: string): string {
  // Keys are ours (hex); refuse anything else so a stored key can never walk out of the folder.
  if (!/^[0-9a-f]{32}$/.test(storageKey)) throw new Error("Invalid storage key");
  return path.join(uploadDir(), `${storageKey}.bin`);
}

/** Seals and writes already validated and cleaned bytes; returns the new storage key. */
export async function storeDocumentBytes(bytes: Buffer): Promise<string> {
  const storageKey = randomBytes(16).toString("hex");
  await mkdir(uploadDir(), { recursive: true, mode: 0o700 });
  await writeFile(fileFor(storageKey), sealBytes(bytes), { mode: 0o600, flag: "wx" });
  return storageKey;
}

export async function readDocumentBytes(storageKey: string): Promise<Buffer> {
  return openBytes(await readFile(fileFor(storageKey)));
}

/** Deleting twice is fine (retention purges may be retried). */
export async function deleteDocumentBytes(storageKey: string): Promise<void> {
  await rm(fileFor(storageKey), { force: true });
}
