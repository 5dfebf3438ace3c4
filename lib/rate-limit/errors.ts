// The error every limiter throws when a caller must wait: HTTP 429 with Retry-After, CLI exit 2.
import { AppError } from "@/lib/errors/app-error";

export class RateLimitedError extends AppError {
  constructor(
    code: string,
    readonly retryAfterSeconds: number,
    message = "请求过于频繁，请稍后再试。",
  ) {
    super(code, message);
    this.name = "RateLimitedError";
  }
}
