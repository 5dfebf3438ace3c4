import "server-only";
// torch_sms_sends_total is counted here, around the provider smsProvider() hands out, because every
// message leaves through it: codes (lookup, register, reset, appeal, appeal-status) and notices
// (reset, login-name hint, password set, case decisions), sent at once or after the response
// (CollectingSmsProvider flushes into it). Counting audit events instead missed every send without
// one and counted requests that sent nothing.
import { labelValue, metrics } from "@/lib/metrics/registry";
import type { SmsProvider, SmsSendRequest } from "./provider";

export class CountedSmsProvider implements SmsProvider {
  readonly name: string;

  /** The provider that really sends (read by tests that check which one the environment chose). */
  constructor(readonly inner: SmsProvider) {
    this.name = inner.name;
  }

  async send(request: SmsSendRequest): Promise<void> {
    const count = (result: "sent" | "failed") => metrics().smsSends.inc({ purpose: labelValue(request.purpose), result });
    try {
      await this.inner.send(request);
    } catch (error) {
      count("failed");
      throw error;
    }
    count("sent");
  }
}
