import "server-only";
// Sub-keys of DATA_KEY for the captchas (HKDF): one for the arithmetic tokens, two for ALTCHA
// (challenge signature and derived-key signature). Deriving them keeps DATA_KEY the only secret.
import { hkdfSync } from "node:crypto";
import { dataKey } from "@/lib/crypto/data-key";

function derive(label: string): Buffer {
  return Buffer.from(hkdfSync("sha256", dataKey(), Buffer.alloc(0), `torch-most:captcha:${label}`, 32));
}

let cached: { source: Buffer; arithmetic: Buffer; altcha: string; altchaKey: string } | undefined;

export function captchaKeys() {
  const source = dataKey();
  if (cached?.source !== source) {
    cached = { source, arithmetic: derive("arithmetic"), altcha: derive("altcha").toString("hex"), altchaKey: derive("altcha-key").toString("hex") };
  }
  return cached;
}
