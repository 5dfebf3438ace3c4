import "server-only";
// A sub-key of DATA_KEY used only for SMS code hashes (HKDF, so it reveals nothing about the others).
import { hkdfSync } from "node:crypto";
import { dataKey } from "@/lib/crypto/data-key";

let cached: { source: Buffer; key: Buffer } | undefined;

export function smsCodeKey(): Buffer {
  const source = dataKey();
  if (cached?.source !== source) {
    cached = { source, key: Buffer.from(hkdfSync("sha256", source, Buffer.alloc(0), "torch-most:sms-code", 32)) };
  }
  return cached.key;
}
