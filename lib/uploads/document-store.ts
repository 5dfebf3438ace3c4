import "server-only";
// Where uploaded documents live: one sealed object (AES-256-GCM, key from DATA_KEY) per document,
// named by a random key, never by the user's name — in UPLOAD_DIR on local disk (default) or in an
// S3-compatible bucket (UPLOAD_STORE=s3). Sealing happens here, so every store holds only sealed
// bytes. Callers check who may read a document before calling readDocumentBytes.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { openBytes, sealBytes } from "@/lib/crypto/seal";
import { env, type Env } from "@/lib/env";
import type { BlobStore } from "./stores/blob-store";
import { LocalBlobStore } from "./stores/local-blob-store";

let cached: { config: Env; store: Promise<BlobStore> } | undefined;

/** The store the configuration names; one per configuration (one S3 client, its connections reused). */
function blobStore(): Promise<BlobStore> {
  const config = env();
  if (cached?.config !== config) cached = { config, store: createStore(config) };
  return cached.store;
}

async function createStore(config: Env): Promise<BlobStore> {
  if (config.UPLOAD_STORE === "local") {
    // A folder chosen at run time, outside the build: the bundler must not trace (and ship) the project for it.
    return new LocalBlobStore(path.resolve(/*turbopackIgnore: true*/ config.UPLOAD_DIR ?? path.join(config.DATA_DIR, "uploads")));
  }
  // Loaded only when used: a deployment on local disk never loads the AWS SDK.
  const { S3BlobStore } = await import("./stores/s3-blob-store");
  return new S3BlobStore({
    endpoint: config.S3_ENDPOINT,
    // lib/env requires bucket and region when UPLOAD_STORE=s3.
    bucket: config.S3_BUCKET ?? "",
    region: config.S3_REGION ?? "",
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.S3_FORCE_PATH_STYLE === "true",
    prefix: config.S3_PREFIX,
  });
}

function checkedKey(storageKey: string): string {
  // Keys are ours (hex); refuse anything else so a stored key can never walk out of the folder or prefix.
  if (!/^[0-9a-f]{32}$/.test(storageKey)) throw new Error("Invalid storage key");
  return storageKey;
}

/** Seals and writes already validated and cleaned bytes; returns the new storage key. */
export async function storeDocumentBytes(bytes: Buffer): Promise<string> {
  const storageKey = randomBytes(16).toString("hex");
  await (await blobStore()).put(storageKey, sealBytes(bytes));
  return storageKey;
}

/** Throws an error with `code: "ENOENT"` when the document is gone. */
export async function readDocumentBytes(storageKey: string): Promise<Buffer> {
  return openBytes(await (await blobStore()).get(checkedKey(storageKey)));
}

/** Deleting twice is fine (retention purges may be retried). */
export async function deleteDocumentBytes(storageKey: string): Promise<void> {
  await (await blobStore()).delete(checkedKey(storageKey));
}
