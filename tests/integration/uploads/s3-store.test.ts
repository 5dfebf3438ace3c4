// UPLOAD_STORE=s3 against a real local S3-compatible server (s3rver, signatures checked), through
// the real AWS SDK v3 over HTTP: objects hold only sealed bytes, under the prefix; a case opens,
// its owner reads a document back, and the retention purge deletes the objects.
import { GetObjectCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCase } from "@/lib/cases/open-case";
import { purgeDecidedDocuments } from "@/lib/cases/purge-decided-documents";
import { readOwnDocument } from "@/lib/cases/read-own-document";
import { openBytes } from "@/lib/crypto/seal";
import { resetEnvCache } from "@/lib/env";
import { cleanUpload } from "@/lib/uploads/clean-upload";
import { deleteDocumentBytes, readDocumentBytes, storeDocumentBytes } from "@/lib/uploads/document-store";
import { samplePdf } from "@/lib/uploads/testing/sample-files";
import { makeAccount } from "../accounts/factories";
import { startLocalS3, type LocalS3 } from "../../support/s3-server";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
let s3: LocalS3;
let reader: S3Client;
const VARIABLES = ["UPLOAD_STORE", "S3_ENDPOINT", "S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE", "S3_PREFIX"];

function configure(overrides: Record<string, string> = {}) {
  Object.assign(process.env, {
    UPLOAD_STORE: "s3", S3_ENDPOINT: s3.endpoint, S3_BUCKET: s3.bucket, S3_REGION: "cn-north-1",
    S3_ACCESS_KEY_ID: s3.accessKeyId, S3_SECRET_ACCESS_KEY: s3.secretAccessKey, S3_FORCE_PATH_STYLE: "true", S3_PREFIX: "documents/",
    ...overrides,
  });
  resetEnvCache();
}

beforeAll(async () => {
  t = await createTestDatabase();
  s3 = await startLocalS3();
  reader = new S3Client({ endpoint: s3.endpoint, region: "cn-north-1", forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
  configure();
});
afterAll(async () => {
  for (const name of VARIABLES) delete process.env[name];
  resetEnvCache();
  reader.destroy();
  await s3.close();
  await t.drop();
});

const rawObject = async (key: string) =>
  Buffer.from(await (await reader.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))).Body!.transformToByteArray());
const exists = (key: string) =>
  reader.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key })).then(
    () => true,
    (error: { $metadata?: { httpStatusCode?: number } }) => (error.$metadata?.httpStatusCode === 404 ? false : Promise.reject(error)),
  );
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as { code?: string });

describe("S3 document store", () => {
  it("keeps only sealed bytes under the prefix, reads them back, and deletes twice without complaint", async () => {
    const plain = Buffer.from("%PDF-1.4 营业执照 91110108MA01ET88XL");
    const key = await storeDocumentBytes(plain);
    const raw = await rawObject(`documents/${key}.bin`);
    expect(raw.includes(Buffer.from("%PDF"))).toBe(false);
    expect(raw.includes(Buffer.from("91110108MA01ET88XL"))).toBe(false);
    expect(openBytes(raw).equals(plain)).toBe(true);
    expect((await readDocumentBytes(key)).equals(plain)).toBe(true);
    await deleteDocumentBytes(key);
    await deleteDocumentBytes(key);
    expect((await failure(readDocumentBytes(key)))?.code).toBe("ENOENT");
    expect(await exists(`documents/${key}.bin`)).toBe(false);
  });

  it("stores a case's documents, serves them to the owner, and lets the purge delete them", async () => {
    const account = await makeAccount(t.db);
    const cleaned = await cleanUpload({ slot: "id-front", bytes: samplePdf() });
    if (!cleaned.ok) throw new Error("fixture refused");
    const decidedAt = new Date("2026-10-01T00:00:00Z");
    const opened = await openCase({ db: t.db, type: "verification-natural", accountId: account.id, contactMobile: null, details: { personName: "张三" }, documents: [cleaned.upload] });
    const [document] = await t.db.caseDocument.findMany({ where: { caseId: opened.id }, select: { id: true, storageKey: true } });
    expect(await exists(`documents/${document.storageKey}.bin`)).toBe(true);
    const read = await readOwnDocument({ db: t.db, accountId: account.id, documentId: document.id });
    expect(read.ok && read.bytes.equals(cleaned.upload.bytes)).toBe(true);

    await t.db.case.update({ where: { id: opened.id }, data: { status: "approved", decidedAt } });
    expect(await purgeDecidedDocuments({ db: t.db, retentionDays: 30, now: new Date("2026-12-01T00:00:00Z") })).toEqual({ cases: 1, documents: 1 });
    expect(await exists(`documents/${document.storageKey}.bin`)).toBe(false);
  });

  it("is refused by the server with a wrong secret: the requests are really signed", async () => {
    configure({ S3_SECRET_ACCESS_KEY: "not-the-secret" });
    try {
      const error = await failure(storeDocumentBytes(Buffer.from("x")));
      expect(error).toMatchObject({ name: "SignatureDoesNotMatch" });
    } finally {
      configure();
    }
  });
});
