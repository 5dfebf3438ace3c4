import "server-only";
// UPLOAD_STORE=s3: sealed documents as objects in an S3-compatible bucket (AWS S3, MinIO, Aliyun
// OSS, Tencent COS …) through the AWS SDK v3 client, so any number of instances share them. The
// bucket holds only AES-256-GCM sealed bytes: a leaked bucket without DATA_KEY reveals nothing.
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { BlobNotFoundError, type BlobStore } from "./blob-store";

export interface S3BlobStoreConfig {
  /** Omit for AWS itself; the service's address for any other S3-compatible store. */
  endpoint?: string;
  bucket: string;
  region: string;
  /** Omit both to use the SDK's default chain (AWS_* variables, instance or pod roles). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `host/bucket/key` addressing instead of `bucket.host/key` (MinIO and most self-hosted stores). */
  forcePathStyle: boolean;
  /** Prefix of every key, e.g. `documents/`. */
  prefix: string;
}

export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;

  constructor(private readonly config: S3BlobStoreConfig) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
      // Many S3-compatible stores refuse the newer default checksum headers; the seal's GCM tag
      // already proves every byte on reading.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    });
  }

  private key(storageKey: string): string {
    return `${this.config.prefix}${storageKey}.bin`;
  }

  async put(storageKey: string, sealed: Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.config.bucket, Key: this.key(storageKey), Body: sealed, ContentLength: sealed.length, ContentType: "application/octet-stream" }),
    );
  }

  async get(storageKey: string): Promise<Buffer> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.key(storageKey) }));
      if (!object.Body) throw new BlobNotFoundError();
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)) throw new BlobNotFoundError();
      throw error;
    }
  }

  async delete(storageKey: string): Promise<void> {
    // S3 answers 204 for a key that is not there: a repeated purge succeeds.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.key(storageKey) }));
  }
}
