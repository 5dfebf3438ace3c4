import "server-only";
// The public lookup (HTTP API and pages). A USCC is public, so an enterprise lookup answers after
// the captcha. A mobile lookup would reveal whether the mobile has accounts, so it answers only
// after an SMS code sent to that mobile comes back — and the first step looks exactly the same
// whether or not the mobile is known (domain.md §3).
//
// Order: input (a typo costs nothing) → a look at the limits (a client told to wait need not
// solve a captcha first) → the captcha → every limit counted at once, all or nothing, so a
// refused request spends no budget (issue 12 §7). The JSON API accepts only the proof of work.
import { isSumPayload, verifyCaptcha, type CaptchaPayload } from "@/lib/captcha/captcha";
import { db as sharedDb, type Db } from "@/lib/db";
import { takeLimits, type Limit } from "@/lib/rate-limit/consume-limits";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import { readLimitsWait } from "@/lib/rate-limit/read-limits-wait";
import { countLookup } from "@/lib/metrics/count-lookup";
import { issueSmsCode, verifySmsCode } from "@/lib/sms/codes";
import { CaptchaInvalidError, LookupInputError } from "./errors";
import { findLookupResult } from "./find-lookup-result";
import { confirmRequestLimits, lookupLimits, lookupRequestLimits } from "./lookup-limits";
import { parseLookupInput } from "./parse-lookup-input";
import type { LookupResult } from "./types";

export type StartLookupResponse = { status: "result"; result: LookupResult } | { status: "code_sent"; challenge: string };

export interface StartLookupOptions {
  db?: Db;
  q: string;
  captcha: CaptchaPayload | null | undefined;
  /** The client's address (or "unknown"), for the per-client limits and the captcha's binding. */
  clientKey: string;
  /** `form`: the guide's HTML forms; `api`: POST /api/v1/lookup (no sum captcha there). */
  channel: "form" | "api";
  now?: Date;
}

const limited = (retryAfterSeconds: number) => {
  countLookup(null, "rate_limited");
  return new RateLimitedError("lookup.rateLimited", retryAfterSeconds, "查询过于频繁，请稍后再试。");
};

async function takeOrThrow(db: Db, limits: Limit[], now: Date): Promise<void> {
  const decision = await takeLimits({ db, limits, now });
  if (!decision.allowed) throw limited(decision.retryAfterSeconds);
}

export async function startLookup(options: StartLookupOptions): Promise<StartLookupResponse> {
  const db = options.db ?? sharedDb();
  const now = options.now ?? new Date();
  const parsed = parseLookupInput(options.q);
  if (!parsed.ok) {
    countLookup(null, "invalid_input");
    throw new LookupInputError(parsed.code);
  }
  const limits = lookupRequestLimits(lookupLimits(), { client: options.clientKey, identifier: parsed.value, sumCaptcha: isSumPayload(options.captcha) });
  const wait = await readLimitsWait({ db, limits, now });
  if (wait !== null) throw limited(wait);
  const solved = await verifyCaptcha(options.captcha, { db, now, form: "lookup", client: options.clientKey, channel: options.channel });
  if (!solved) {
    countLookup(parsed.kind, "captcha_failed");
    throw new CaptchaInvalidError();
  }
  if (parsed.kind === "enterprise") {
    await takeOrThrow(db, limits, now);
    return { status: "result", result: countLookup("enterprise", await findLookupResult({ db: options.db, input: parsed.value })) };
  }
  // Sent whether or not the mobile has accounts: nothing here depends on the data about it. The
  // lookup's limits are counted with the SMS cooldown, so asking again within the minute is free.
  const { challenge } = await issueSmsCode({ db, mobile: parsed.value, purpose: "lookup", limits, limitedError: limited, now });
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
  await takeOrThrow(db, confirmRequestLimits(lookupLimits(), options.clientKey), now);
  const mobile = await verifySmsCode({ db, challenge: options.challenge, code: options.code, purpose: "lookup", now });
  return countLookup("personal", await findLookupResult({ db: options.db, input: mobile }));
}
