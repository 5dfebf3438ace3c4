// An SMS provider that only collects messages, so a caller can send them after the response
// (Next's `after`). Where an answer must not tell whether details matched, a real gateway's
// round trip must not show in the response time either: the matched path would otherwise be slower.
import { errorFields, logger } from "@/lib/log/logger";
import type { SmsProvider, SmsSendRequest } from "@/lib/sms/provider";

export class CollectingSmsProvider implements SmsProvider {
  readonly name = "collecting";
  readonly requests: SmsSendRequest[] = [];

  async send(request: SmsSendRequest): Promise<void> {
    this.requests.push(request);
  }

  /** Hands every collected message to the real provider; a failure is logged, not thrown. */
  async flushTo(provider: SmsProvider): Promise<void> {
    for (const request of this.requests.splice(0)) {
      try {
        await provider.send(request);
      } catch (error) {
        // Not the message: a gateway's words may quote the mobile number.
        logger.error("recovery.sms.failed", { purpose: request.purpose, ...errorFields(error) });
      }
    }
  }
}
