import "server-only";
// Turns what the lookup throws into words next to the right field (messages looked up by error
// code, conventions "Errors carry codes"). Unexpected errors are logged with a reference only —
// their message may carry the identifier — and the user gets the reference to quote.
import { randomBytes } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { CaptchaInvalidError, LookupInputError, LookupNotMigratedError } from "@/lib/lookup/errors";
import type { LookupInputErrorCode } from "@/lib/lookup/parse-lookup-input";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import { SmsCodeError, type SmsCodeErrorCode } from "@/lib/sms/errors";

export type GuideField = "q" | "captcha" | "code";
export type GuideError = { field: GuideField; message: string } | { field?: undefined; message: string };

type Translate = Awaited<ReturnType<typeof getTranslations<"guide.errors">>>;

const USCC_MESSAGES: Record<LookupInputErrorCode, Parameters<Translate>[0]> = {
  "lookup.q.empty": "usccEmpty",
  "lookup.q.tooLong": "usccLength",
  "lookup.q.uscc.length": "usccLength",
  "lookup.q.uscc.charset": "usccCharset",
  // A mobile typed on the enterprise page: it is not an 18-character code.
  "lookup.q.mobile.format": "usccLength",
  "lookup.q.usccCheck": "usccCheckCharacter",
};

const MOBILE_MESSAGES: Record<LookupInputErrorCode, Parameters<Translate>[0]> = {
  "lookup.q.empty": "mobileEmpty",
  "lookup.q.tooLong": "mobileFormat",
  "lookup.q.uscc.length": "mobileFormat",
  "lookup.q.uscc.charset": "mobileFormat",
  "lookup.q.mobile.format": "mobileFormat",
  "lookup.q.usccCheck": "mobileFormat",
};

const CODE_MESSAGES: Record<SmsCodeErrorCode, Parameters<Translate>[0]> = {
  "sms.code.format": "codeFormat",
  "sms.code.wrong": "codeWrong",
  "sms.code.expired": "codeExpired",
};

export async function inputErrorMessage(kind: "enterprise" | "personal", code: LookupInputErrorCode): Promise<string> {
  const t = await getTranslations("guide.errors");
  return t((kind === "enterprise" ? USCC_MESSAGES : MOBILE_MESSAGES)[code]);
}

export async function waitMessage(error: RateLimitedError): Promise<string> {
  const t = await getTranslations("guide.errors");
  const seconds = Math.max(1, Math.ceil(error.retryAfterSeconds));
  if (error.code === "sms.dailyCap") return t("smsDailyCap");
  if (error.code === "sms.cooldown") return t("smsCooldownSeconds", { seconds });
  return seconds >= 60 ? t("rateLimitedMinutes", { minutes: Math.ceil(seconds / 60) }) : t("rateLimitedSeconds", { seconds });
}

export async function describeLookupError(error: unknown, kind: "enterprise" | "personal"): Promise<GuideError> {
  const t = await getTranslations("guide.errors");
  if (error instanceof LookupInputError) return { field: "q", message: await inputErrorMessage(kind, error.code) };
  if (error instanceof SmsCodeError) return { field: "code", message: t(CODE_MESSAGES[error.code as SmsCodeErrorCode] ?? "codeWrong") };
  if (error instanceof CaptchaInvalidError) return { field: "captcha", message: t("captchaInvalid") };
  if (error instanceof RateLimitedError) return { message: await waitMessage(error) };
  if (error instanceof LookupNotMigratedError) return { message: t("notMigrated") };
  const reference = randomBytes(4).toString("hex");
  // Name and stack frames, not the message (which may quote the identifier).
  const where = error instanceof Error ? `${error.name}\n${error.stack?.split("\n").slice(1, 8).join("\n") ?? ""}` : typeof error;
  console.error(`[guide] unexpected lookup error ${reference}: ${where}`);
  return { message: t("generic", { reference }) };
}
