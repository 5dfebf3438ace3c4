// A real S3-compatible server on 127.0.0.1 for the object-storage tests: @20minutes/s3rver (the
// maintained fork of s3rver, Node ≥ 20), which checks SigV4 signatures and keeps objects in a
// temporary folder. The adapter reaches it through the real AWS SDK over HTTP.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";

export interface LocalS3 {
  endpoint: string;
  bucket: string;
  /** s3rver's one account. */
  accessKeyId: string;
  secretAccessKey: string;
  close(): Promise<void>;
}

export async function startLocalS3(bucket = "torch-documents"): Promise<LocalS3> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "torch-most-s3-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
