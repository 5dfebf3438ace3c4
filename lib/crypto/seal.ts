// Authenticated encryption (AES-256-GCM) for personal data at rest, and a keyed hash (HMAC-SHA-256)
// for equality look-ups on encrypted values (a plain hash of an ID number could be brute-forced).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { dataKey } from "./data-key";

const VERSION = "v1";

// Separate sub-keys for encryption and hashing, derived from the one DATA_KEY.
function subKey(purpose: "encrypt" | "hash"): Buffer {
  return Buffer.from(hkdfSync("sha256", dataKey(), Buffer.alloc(0), `torch-most:${purpose}`, 32));
}

export function sealText(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", subKey("encrypt"), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function openText(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("Unrecognised sealed value");
  const decipher = createDecipheriv("aes-256-gcm", subKey("encrypt"), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

export function sealBytes(plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", subKey("encrypt"), iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openBytes(sealed: Buffer): Buffer {
  const decipher = createDecipheriv("aes-256-gcm", subKey("encrypt"), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}

/** Keyed hash of an already normalised identifier. */
export function keyedHash(normalisedValue: string): string {
  return createHmac("sha256", subKey("hash")).update(normalisedValue).digest("hex");
}
