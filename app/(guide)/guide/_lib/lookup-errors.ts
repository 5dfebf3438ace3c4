import "server-only";
// Words for what the lookup refuses (messages looked up by error code, conventions "Errors carry
// codes"); the form-action adapter puts them beside the field the error names. Anything else is
// not described here: the adapter logs it once and answers with a reference.
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors/app-error";
import { CaptchaInvalidError, LookupInputError, LookupNotMigratedError } from "@/lib/lookup/errors";
import type { LookupInputErrorCode } from "@/lib/lookup/parse-lookup-input";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import { SmsCodeError, type SmsCodeErrorCode } from "@/lib/sms/errors";

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

/** JavaScript on, submitted before the captcha widget finished its proof of work. */
export class CaptchaMissingError extends AppError {
  constructor() {
    super("captcha.missing", "captcha not solved yet", "captcha");
    this.name = "CaptchaMissingError";
  }
}

export async function inputErrorMessage(kind: "enterprise" | "personal", code: LookupInputErrorCode): Promise<string> {
  const t = await getTranslations("guide.errors");
  return t((kind === "enterprise" ? USCC_MESSAGES : MOBILE_MESSAGES)[code]);
}

async function waitMessage(error: RateLimitedError): Promise<string> {
  const t = await getTranslations("guide.errors");
  const seconds = Math.max(1, Math.ceil(error.retryAfterSeconds));
  if (error.code === "sms.dailyCap") return t("smsDailyCap");
  if (error.code === "sms.cooldown") return t("smsCooldownSeconds", { seconds });
  return seconds >= 60 ? t("rateLimitedMinutes", { minutes: Math.ceil(seconds / 60) }) : t("rateLimitedSeconds", { seconds });
}

/** The words for an expected refusal of the lookup, or null for anything else. */
export async function describeLookupError(error: AppError, kind: "enterprise" | "personal"): Promise<string | null> {
  const t = await getTranslations("guide.errors");
  if (error instanceof LookupInputError) return inputErrorMessage(kind, error.code);
  if (error instanceof SmsCodeError) return t(CODE_MESSAGES[error.code as SmsCodeErrorCode] ?? "codeWrong");
  if (error instanceof CaptchaMissingError) return t("captchaMissing");
  if (error instanceof CaptchaInvalidError) return t("captchaInvalid");
  if (error instanceof RateLimitedError) return waitMessage(error);
  if (error instanceof LookupNotMigratedError) return t("notMigrated");
  return null;
}
