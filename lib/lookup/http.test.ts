// The lookup API's error answers: expected errors with their status and words, anything else 500
// with a reference that is also in the one log line written for it (never the error's message).
import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/log/logger";
import { RateLimitedError } from "@/lib/rate-limit/errors";
import { SmsSendError } from "@/lib/sms/errors";
import { CaptchaInvalidError } from "./errors";
import { errorResponse } from "./http";

afterEach(() => vi.restoreAllMocks());

describe("errorResponse", () => {
  it("answers an unexpected error 500 with a reference, logged once without the message", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const response = errorResponse(new TypeError("cannot read 13800000001"));
    expect(response.status).toBe(500);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { error: string; reference: string };
    expect(body.reference).toMatch(/^[0-9A-F]{8}$/);
    expect(body.error).toContain(body.reference);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith("lookup.failed", expect.objectContaining({ reference: body.reference, errorName: "TypeError" }));
    expect(JSON.stringify(logged.mock.calls)).not.toContain("13800000001");
  });

  it("answers expected errors with their status and logs nothing", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const limited = errorResponse(new RateLimitedError("lookup.client", 90));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("90");
    const captcha = errorResponse(new CaptchaInvalidError());
    expect(captcha.status).toBe(403);
    expect(await captcha.json()).toMatchObject({ code: "captcha.invalid", field: "captcha" });
    expect(logged).not.toHaveBeenCalled();
  });

  it("answers an SMS gateway that could not take the code 503 with Retry-After and words, not a 500", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const response = errorResponse(new SmsSendError());
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toEqual({ error: new SmsSendError().message, code: "sms.send.failed" });
    expect(logged).not.toHaveBeenCalled();
  });
});
