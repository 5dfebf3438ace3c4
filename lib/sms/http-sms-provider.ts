import "server-only";
// SMS_PROVIDER=http: posts each message to the gateway at SMS_HTTP_URL (bearer SMS_HTTP_TOKEN),
// with the template id of its purpose, a timeout per attempt, and retries with exponential
// backoff for failures another try can cure. Every attempt carries the same Idempotency-Key, so
// a gateway that received a request whose answer was lost does not deliver the message twice.
// The SmsMessage row records provider, status, attempts, the gateway's id and the last error;
// the one-time code is blanked in the stored text (only the outbox keeps codes).
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { db as sharedDb, type Db } from "@/lib/db";
import { createSmsMessage } from "@/lib/db/sms/create-sms-message";
import { recordSmsAttempt } from "@/lib/db/sms/record-sms-attempt";
import { logger } from "@/lib/log/logger";
import { SmsSendError } from "./errors";
import { postToGateway } from "./gateway-attempt";
import type { SmsProvider, SmsSendRequest } from "./provider";
import { redactCode } from "./redact-code";
import { backoffDelayMs } from "./retry-rules";
import type { SmsTemplates } from "./sms-templates";

export interface HttpSmsConfig {
  url: string;
  token: string;
  templates: SmsTemplates;
  timeoutMs: number;
  /** Further attempts after the first one. */
  retries: number;
  /** First wait between attempts (then doubled). */
  baseDelayMs?: number;
  /** Longest single wait; a Retry-After beyond it ends the retries. */
  maxDelayMs?: number;
}

export class HttpSmsProvider implements SmsProvider {
  readonly name = "http";

  constructor(
    private readonly config: HttpSmsConfig,
    private readonly database?: Db,
  ) {}

  async send(request: SmsSendRequest): Promise<void> {
    const db = this.database ?? sharedDb();
    const idempotencyKey = randomUUID();
    const { id } = await createSmsMessage({
      db, mobile: request.mobile, purpose: request.purpose, body: redactCode(request.body, request.code),
      provider: "http", status: "sending", idempotencyKey,
    });
    const payload = {
      to: request.mobile,
      purpose: request.purpose,
      template: this.config.templates[request.purpose] ?? null,
      params: { ...request.params, ...(request.code ? { code: request.code } : {}) },
      text: request.body,
    };
    for (let attempt = 1; ; attempt += 1) {
      const result = await postToGateway({ url: this.config.url, token: this.config.token, idempotencyKey, payload, timeoutMs: this.config.timeoutMs });
      if (result.kind === "accepted") {
        const delivered = result.delivered;
        await recordSmsAttempt({ db, id, attempts: attempt, status: delivered ? "delivered" : "sent", providerMessageId: result.messageId, deliveredAt: delivered ? new Date() : null });
        logger.info("sms.sent", { smsId: id, purpose: request.purpose, attempts: attempt });
        return;
      }
      const wait =
        result.kind === "retryable" && attempt <= this.config.retries
          ? backoffDelayMs({
              attempt,
              baseDelayMs: this.config.baseDelayMs ?? 250,
              maxDelayMs: this.config.maxDelayMs ?? 5000,
              retryAfterMs: result.retryAfterMs,
              random: Math.random(),
            })
          : null;
      await recordSmsAttempt({ db, id, attempts: attempt, status: wait === null ? "failed" : "sending", lastError: result.error });
      if (wait === null) {
        logger.warn("sms.failed", { smsId: id, purpose: request.purpose, attempts: attempt, error: result.error });
        throw new SmsSendError();
      }
      await sleep(wait);
    }
  }
}
