import "server-only";
// The public lookup (HTTP API and pages). A USCC is public, so an enterprise lookup answers after
// the captcha. A mobile lookup would reveal whether the mobile has accounts, so it answers only
// after an SMS code sent to that mobile comes back — and the first step looks exactly the same
// whether or not the mobile is known (domain.md §3).
import { verifyCaptcha, type CaptchaPayload } from "@/lib/captcha/captcha";
import { db as sharedDb, type Db } from "@/lib/db";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import { countLookup } from "@/lib/metrics/count-lookup";
import { issueSmsCode, verifySmsCode } from "@/lib/sms/codes";
import { CaptchaInvalidError, LookupInputError } from "./errors";
import { findLookupResult } from "./find-lookup-result";
import { lookupLimits, type Limit } from "./lookup-limits";
import { parseLookupInput } from "./parse-lookup-input";
import type { LookupResult } from "./types";

export type StartLookupResponse = { status: "result"; result: LookupResult } | { status: "code_sent"; challenge: string };

export interface StartLookupOptions {
  db?: Db;
  q: string;
  captcha: CaptchaPayload | null | undefined;
  /** The client's address (or "unknown"), for the per-client limit. */
  clientKey: string;
  now?: Date;
}

async function enforce(db: Db, key: string, limit: Limit, now: Date): Promise<void> {
  const decision = await consumeRateLimit({ db, key, points: limit.points, durationSeconds: limit.durationSeconds, now });
  if (decision.allowed) return;
  countLookup(null, "rate_limited");
  throw new RateLimitedError("lookup.rateLimited", decision.retryAfterSeconds, "查询过于频繁，请稍后再试。");
}

export async function startLookup(options: StartLookupOptions): Promise<StartLookupResponse> {
  const db = options.db ?? sharedDb();
  const now = options.now ?? new Date();
  const limits = lookupLimits();
  if (limits.enabled) await enforce(db, `lookup:client:${options.clientKey}`, limits.client, now);
  // Input is checked before the captcha, so a typo does not cost a solved captcha.
  const parsed = parseLookupInput(options.q);
  if (!parsed.ok) {
    countLookup(null, "invalid_input");
    throw new LookupInputError(parsed.code);
  }
  if (!(await verifyCaptcha(options.captcha, { db, now }))) {
    countLookup(parsed.kind, "captcha_failed");
    throw new CaptchaInvalidError();
  }
  if (limits.enabled) await enforce(db, `lookup:id:${parsed.value}`, limits.identifier, now);
  if (parsed.kind === "enterprise") return { status: "result", result: countLookup("enterprise", await findLookupResult({ db: options.db, input: parsed.value })) };
  // Sent whether or not the mobile has accounts: nothing here depends on the data about it.
  const { challenge } = await issueSmsCode({ db, mobile: parsed.value, purpose: "lookup", now });
  countLookup("personal", "code_sent");
  return { status: "code_sent", challenge };
}

export interface ConfirmLookupOptions {
  db?: Db;
  challenge: string;
  code: string;
  clientKey: string;
  now?: Date;
}

export async function confirmLookup(options: ConfirmLookupOptions): Promise<LookupResult> {
  const db = options.db ?? sharedDb();
  const now = options.now ?? new Date();
  const limits = lookupLimits();
  if (limits.enabled) await enforce(db, `lookup-confirm:client:${options.clientKey}`, limits.client, now);
  const mobile = await verifySmsCode({ db, challenge: options.challenge, code: options.code, purpose: "lookup", now });
  return countLookup("personal", await findLookupResult({ db: options.db, input: mobile }));
}
