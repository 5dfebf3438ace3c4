import "server-only";
// ALTCHA proof of work for browsers with JavaScript: the `altcha` web component fetches a
// challenge from GET /api/v1/captcha, solves it in a worker and puts a base64 payload in the
// form field `altcha`. Deterministic mode (a known counter) lets the server check the answer
// against a signed key instead of redoing the work.
import { createChallenge, randomInt, verifySolution, type Challenge, type Payload } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { z } from "zod";
import { captchaKeys } from "./captcha-keys";

export const ALTCHA_TTL_SECONDS = 10 * 60;
// About a second of work on a mid-range phone with the widget's workers.
const COST = 1_000;
const COUNTER_RANGE: [number, number] = [2_000, 6_000];
// End-to-end runs (E2E=1) keep the real widget and the real server check but ask for far less
// work: three browser projects solving hundreds of challenges on a 2-core CI machine would
// otherwise spend most of the run hashing.
const E2E_COUNTER_RANGE: [number, number] = [20, 60];

function counterRange(): [number, number] {
  return process.env.E2E === "1" ? E2E_COUNTER_RANGE : COUNTER_RANGE;
}

export async function createAltchaChallenge(now = new Date()): Promise<Challenge> {
  const keys = captchaKeys();
  return createChallenge({
    algorithm: "PBKDF2/SHA-256",
    cost: COST,
    counter: randomInt(...counterRange()),
    deriveKey,
    expiresAt: new Date(now.getTime() + ALTCHA_TTL_SECONDS * 1000),
    hmacSignatureSecret: keys.altcha,
    hmacKeySignatureSecret: keys.altchaKey,
  });
}

// Only the shape verifySolution reads; the signature check covers the parameters' content.
const parametersSchema = z.looseObject({
  algorithm: z.string(),
  nonce: z.string(),
  salt: z.string(),
  cost: z.number(),
  keyLength: z.number(),
  keyPrefix: z.string(),
  keySignature: z.string().optional(),
  memoryCost: z.number().optional(),
  parallelism: z.number().optional(),
  expiresAt: z.number().optional(),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
const payloadSchema = z.object({
  challenge: z.object({ parameters: parametersSchema, signature: z.string() }),
  solution: z.object({ counter: z.number().int().nonnegative(), derivedKey: z.string().max(1024), time: z.number().optional() }),
});

export function parseAltchaPayload(text: string): Payload | null {
  if (text.length > 8192) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(text, "base64").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The solved challenge's signature (its single-use id) and expiry, or null when not verified. */
export async function verifyAltchaPayload(text: string): Promise<{ id: string; expiresAt: Date } | null> {
  const payload = parseAltchaPayload(text);
  if (!payload?.challenge.signature) return null;
  const keys = captchaKeys();
  try {
    const result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: keys.altcha,
      hmacKeySignatureSecret: keys.altchaKey,
    });
    if (!result.verified) return null;
  } catch {
    // A malformed but well-typed payload (odd hex, unknown algorithm) is a failed captcha.
    return null;
  }
  const expiresAtSeconds = payload.challenge.parameters.expiresAt ?? Date.now() / 1000 + ALTCHA_TTL_SECONDS;
  return { id: payload.challenge.signature, expiresAt: new Date(expiresAtSeconds * 1000) };
}
