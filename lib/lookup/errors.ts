// Typed errors of the lookup, each with a stable code (messages are looked up by code in pages).
import { AppError, InputError } from "@/lib/errors/app-error";
import { LOOKUP_INPUT_MESSAGES, type LookupInputErrorCode } from "./parse-lookup-input";

/** Bad lookup input: HTTP 400 / CLI exit 2 with `{"error":…,"field":"q"}`. */
export class LookupInputError extends InputError {
  constructor(readonly code: LookupInputErrorCode) {
    super(code, LOOKUP_INPUT_MESSAGES[code], "q");
    this.name = "LookupInputError";
  }
}

/** The Torch account was imported but the migration has not run for it yet (HTTP 409). */
export class LookupNotMigratedError extends AppError {
  constructor() {
    super("lookup.notMigrated", "该账号的迁移尚未完成，请稍后再查询；如有疑问请拨打 010-88659000。");
    this.name = "LookupNotMigratedError";
  }
}

/** The captcha was missing, wrong, expired or already used (HTTP 403). */
export class CaptchaInvalidError extends AppError {
  constructor() {
    super("captcha.invalid", "人机验证未通过或已失效，请重新完成验证。", "captcha");
    this.name = "CaptchaInvalidError";
  }
}
