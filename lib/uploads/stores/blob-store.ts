// Where sealed document bytes are kept, by storage key: the local folder (default) or an
// S3-compatible bucket (UPLOAD_STORE=s3). Stores only ever see sealed bytes; document-store.ts
// seals before `put` and opens after `get`.

export interface BlobStore {
  /** Writes a new object; keys are random and never reused. */
  put(storageKey: string, sealed: Buffer): Promise<void>;
  /** Throws BlobNotFoundError when there is no such object. */
  get(storageKey: string): Promise<Buffer>;
  /** Deleting a missing object is fine (retention purges may be retried). */
  delete(storageKey: string): Promise<void>;
}

/** Carries `code: "ENOENT"` like a missing file, so callers treat both stores alike. */
export class BlobNotFoundError extends Error {
  readonly code = "ENOENT";

  constructor() {
    super("No such document");
    this.name = "BlobNotFoundError";
  }
}
