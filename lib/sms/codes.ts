import "server-only";
// One-time SMS codes: issued with a resend cooldown and a daily cap, checked at most
// SMS_MAX_ATTEMPTS times, used once, valid only for the purpose they were sent for.
import type { Db } from "@/lib/db";
import { db as sharedDb } from "@/lib/db";
import { takeLimits, type Limit } from "@/lib/rate-limit/consume-limits";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import {
  SMS_CODE_TTL_SECONDS,
  SMS_DAILY_CAP,
  SMS_MAX_ATTEMPTS,
  SMS_RESEND_COOLDOWN_SECONDS,
  generateChallenge,
  generateSmsCode,
  hashSmsCode,
  isWellFormedSmsCode,
  smsCodeBody,
  smsCodeMatches,
  type SmsPurpose,
} from "./code-rules";
import { SmsCodeError } from "./errors";
import type { SmsProvider } from "./provider";
import { smsCodeKey } from "./sms-key";
import { smsProvider } from "./sms-provider";

export interface IssueSmsCodeOptions {
  db?: Db;
  /** Normalised mobile. */
  mobile: string;
  purpose: SmsPurpose;
  provider?: SmsProvider;
  /**
   * The caller's own limits of this send (per client, per flow), counted together with the
   * cooldown and the daily cap: a send refused by any of them spends none of the others.
   */
  limits?: Limit[];
  /** The error for a refusal by one of the caller's limits (default `sms.limited`). */
  limitedError?: (retryAfterSeconds: number) => RateLimitedError;
  now?: Date;
}

export async function issueSmsCode(options: IssueSmsCodeOptions): Promise<{ challenge: string }> {
  const db = options.db ?? sharedDb();
  const now = options.now ?? new Date();
  const { mobile, purpose } = options;
  // Every counter is a single atomic statement, so parallel requests cannot slip past them.
  const cooldown = { key: `sms:cooldown:${purpose}:${mobile}`, points: 1, durationSeconds: SMS_RESEND_COOLDOWN_SECONDS };
  const daily = { key: `sms:daily:${mobile}`, points: SMS_DAILY_CAP, durationSeconds: 86_400 };
  const decision = await takeLimits({ db, limits: [...(options.limits ?? []), cooldown, daily], now });
  if (!decision.allowed) {
    const refusedBy = (limit: Limit) => decision.refused.find((r) => r.limit === limit);
    const byDaily = refusedBy(daily);
    if (byDaily) throw new RateLimitedError("sms.dailyCap", byDaily.retryAfterSeconds, "该手机号今日获取验证码次数已达上限，请明天再试。");
    const byCooldown = refusedBy(cooldown);
    if (byCooldown && decision.refused.length === 1) {
      throw new RateLimitedError("sms.cooldown", byCooldown.retryAfterSeconds, "验证码已发送，请稍后再重新获取。");
    }
    throw options.limitedError?.(decision.retryAfterSeconds) ?? new RateLimitedError("sms.limited", decision.retryAfterSeconds);
  }
  const challenge = generateChallenge();
  const code = generateSmsCode();
  await db.smsCode.create({
    data: {
      id: challenge,
      mobile,
      purpose,
      codeHash: hashSmsCode(smsCodeKey(), challenge, code),
      expiresAt: new Date(now.getTime() + SMS_CODE_TTL_SECONDS * 1000),
      createdAt: now,
    },
    select: { id: true },
  });
  await (options.provider ?? smsProvider({ db })).send({ mobile, purpose, body: smsCodeBody(purpose, code), code });
  return { challenge };
}

export interface VerifySmsCodeOptions {
  db?: Db;
  challenge: string;
  code: string;
  purpose: SmsPurpose;
  /**
   * false: the code is checked (and the try counted) but not used up, for a step that may still
   * refuse after it (registration's name checks); that step spends it with `spendSmsCode`.
   */
  spend?: boolean;
  now?: Date;
}

/** The mobile the code was sent to; throws SmsCodeError otherwise. */
export async function verifySmsCode(options: VerifySmsCodeOptions): Promise<string> {
  const db = options.db ?? sharedDb();
  const now = options.now ?? new Date();
  const code = options.code.trim();
  if (!isWellFormedSmsCode(code)) throw new SmsCodeError("sms.code.format");
  const { challenge, purpose } = options;
  // The try is counted BEFORE comparing, in one conditional UPDATE: of any number of parallel
  // guesses at most SMS_MAX_ATTEMPTS get a row back, and only those are compared.
  const counted = await db.smsCode.updateMany({
    where: { id: challenge, purpose, attempts: { lt: SMS_MAX_ATTEMPTS }, consumedAt: null, expiresAt: { gt: now } },
    data: { attempts: { increment: 1 } },
  });
  if (counted.count !== 1) throw new SmsCodeError("sms.code.expired");
  const row = await db.smsCode.findUniqueOrThrow({ where: { id: challenge }, select: { mobile: true, codeHash: true } });
  if (!smsCodeMatches(smsCodeKey(), challenge, code, row.codeHash)) throw new SmsCodeError("sms.code.wrong");
  if (options.spend !== false && !(await spendSmsCode({ db, challenge, now }))) throw new SmsCodeError("sms.code.expired");
  return row.mobile;
}

/** Uses a checked code up: of two parallel right answers only one marks the row (true for it). */
export async function spendSmsCode(options: { db: Pick<Db, "smsCode">; challenge: string; now: Date }): Promise<boolean> {
  const used = await options.db.smsCode.updateMany({
    where: { id: options.challenge, consumedAt: null, expiresAt: { gt: options.now } },
    data: { consumedAt: options.now },
  });
  return used.count === 1;
}
