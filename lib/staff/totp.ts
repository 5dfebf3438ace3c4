// TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1 — what every authenticator app speaks) through
// otplib. A code is accepted one step either side of now (clock drift), and never for a step at
// or before the last one accepted for the account: a code seen over a shoulder cannot be replayed.
import { generateSecret, generateURI, verify } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = "科技部政务服务平台迁移助手";

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** otpauth:// URI for the enrolment QR code. */
export function totpEnrolmentUri(staffName: string, secret: string): string {
  return generateURI({ issuer: ISSUER, label: staffName, secret });
}

/** Spaces and full-width digits are what people type; anything else is not a code. */
export function normaliseTotpCode(input: string): string | null {
  const code = input.normalize("NFKC").replace(/[\s-]/g, "");
  return /^\d{6}$/.test(code) ? code : null;
}

export type TotpCheck = { ok: true; step: number } | { ok: false };

export async function checkTotpCode(options: { secret: string; code: string; lastStep: number | null; now: Date }): Promise<TotpCheck> {
  const token = normaliseTotpCode(options.code);
  if (!token) return { ok: false };
  const result = await verify({
    secret: options.secret,
    token,
    epoch: Math.floor(options.now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(options.lastStep === null ? {} : { afterTimeStep: options.lastStep }),
  });
  return result.valid && "timeStep" in result ? { ok: true, step: result.timeStep } : { ok: false };
}

/** Groups of four for reading the secret aloud or typing it into an app. */
export function formatTotpSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}
