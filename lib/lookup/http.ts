// JSON responses of the lookup API (app/api/v1/lookup/**): never cached, expected errors mapped to
// their status with a message in words, anything else logged and answered 500 with a reference.
import { z } from "zod";
import { InputError } from "@/lib/errors/app-error";
import { newErrorReference } from "@/lib/errors/reference";
import { errorFields, logger } from "@/lib/log/logger";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import { SmsSendError } from "@/lib/sms/errors";
import { CaptchaInvalidError, LookupNotMigratedError } from "./errors";

const NO_STORE = { "Cache-Control": "no-store" } as const;
/** How long to wait before asking for a code again when the SMS gateway could not take one. */
const SMS_RETRY_AFTER_SECONDS = 60;
/** A lookup body is a few hundred bytes; an ALTCHA payload about one kilobyte. */
const MAX_BODY_BYTES = 16 * 1024;

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** Reads and validates a JSON body; a malformed or oversized body is the caller's input error. */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>, field: string): Promise<T> {
  const malformed = () => new InputError("request.malformed", "请求格式不正确，请刷新页面后重试。", field);
  const text = await request.text().catch(() => {
    throw malformed();
  });
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw malformed();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw malformed();
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const name = typeof first?.path[0] === "string" ? first.path[0] : field;
    throw new InputError("request.invalid", "请求内容不完整或格式不正确，请检查后重试。", name);
  }
  return parsed.data;
}

export function errorResponse(error: unknown): Response {
  if (error instanceof RateLimitedError) {
    return jsonResponse({ error: error.message, retryAfterSeconds: error.retryAfterSeconds }, 429, { "Retry-After": String(error.retryAfterSeconds) });
  }
  if (error instanceof CaptchaInvalidError) return jsonResponse({ error: error.message, code: error.code, field: error.field }, 403);
  if (error instanceof InputError) return jsonResponse({ error: error.message, ...(error.field ? { field: error.field } : {}) }, 400);
  // Not ours to fix and not the caller's: the gateway is down; say so and when to try again.
  if (error instanceof SmsSendError) return jsonResponse({ error: error.message, code: error.code }, 503, { "Retry-After": String(SMS_RETRY_AFTER_SECONDS) });
  if (error instanceof LookupNotMigratedError) return jsonResponse({ error: error.message, code: error.code }, 409);
  const reference = newErrorReference();
  // The message of an unexpected error may carry data: its name, code and stack frames are enough to find it.
  logger.error("lookup.failed", { reference, ...errorFields(error) });
  return jsonResponse({ error: `系统繁忙，请稍后重试。如问题持续，请拨打 010-88659000 并告知参考号：${reference}`, reference }, 500);
}
