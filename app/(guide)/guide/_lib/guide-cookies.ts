import "server-only";
// What the guide keeps between requests, in short-lived HttpOnly cookies sealed with the data key
// (AES-GCM: the browser can neither read nor forge them): the SMS challenge between the mobile
// and the code, and the lookup result between the answer and the result page. Identifiers never
// travel in a URL (interfaces.md); the seal carries its own expiry as well as the cookie's.
import { cookies } from "next/headers";
import { z } from "zod";
import { openText, sealText } from "@/lib/crypto/seal";
import type { LookupResult } from "@/lib/lookup/types";
import { OUTCOME_CODES } from "@/lib/migration/outcomes";

export const RESULT_TTL_SECONDS = 15 * 60;
export const CHALLENGE_TTL_SECONDS = 10 * 60;
// `__Host-`: the browser keeps such a cookie only when it is Secure, for Path=/ and without a
// Domain, so a sibling subdomain or a plain-http page cannot plant or overwrite it (issue 12 §5).
// Browsers allow Secure cookies over plain http only on localhost/127.0.0.1: in production the site
// must be served over HTTPS. (Path=/ is what the prefix requires; the seal keeps them private.)
const RESULT_COOKIE = "__Host-guide_result";
const CHALLENGE_COOKIE = "__Host-guide_challenge";
const OPTIONS = { httpOnly: true, secure: true, sameSite: "lax", path: "/" } as const;

const resultSchema = z.object({
  input: z.string(),
  kind: z.enum(["enterprise", "personal"]),
  registeredInTorch: z.boolean(),
  outcome: z.enum(OUTCOME_CODES),
  loginName: z.string().nullable(),
  window: z.enum(["natural", "legal"]).nullable(),
}) satisfies z.ZodType<LookupResult>;

const challengeSchema = z.object({ challenge: z.string().min(1).max(200), maskedMobile: z.string().max(20) });
export type PendingChallenge = z.infer<typeof challengeSchema>;

function seal(value: unknown, ttlSeconds: number): string {
  return sealText(JSON.stringify({ value, expiresAt: Date.now() + ttlSeconds * 1000 }));
}

function open<T>(sealed: string | undefined, schema: z.ZodType<T>): T | null {
  if (!sealed) return null;
  try {
    const parsed = z.object({ value: schema, expiresAt: z.number() }).safeParse(JSON.parse(openText(sealed)));
    return parsed.success && parsed.data.expiresAt > Date.now() ? parsed.data.value : null;
  } catch {
    // Tampered, truncated or sealed under another key: as good as no cookie.
    return null;
  }
}

/** Only in server actions (Next refuses cookie writes while rendering). */
export async function keepLookupResult(result: LookupResult): Promise<void> {
  (await cookies()).set(RESULT_COOKIE, seal(result, RESULT_TTL_SECONDS), { ...OPTIONS, maxAge: RESULT_TTL_SECONDS });
}

export async function readLookupResult(): Promise<LookupResult | null> {
  return open((await cookies()).get(RESULT_COOKIE)?.value, resultSchema);
}

export async function keepChallenge(pending: PendingChallenge): Promise<void> {
  (await cookies()).set(CHALLENGE_COOKIE, seal(pending, CHALLENGE_TTL_SECONDS), { ...OPTIONS, maxAge: CHALLENGE_TTL_SECONDS });
}

export async function readChallenge(): Promise<PendingChallenge | null> {
  return open((await cookies()).get(CHALLENGE_COOKIE)?.value, challengeSchema);
}

export async function forgetChallenge(): Promise<void> {
  (await cookies()).set(CHALLENGE_COOKIE, "", { ...OPTIONS, maxAge: 0 });
}
