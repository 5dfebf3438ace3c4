import "server-only";
// The outbox "sends" by storing the message: admins and `npm run cli -- sms:last` read it there.
import { db as sharedDb, type Db } from "@/lib/db";
import { createSmsMessage } from "@/lib/db/sms/create-sms-message";
import type { SmsProvider, SmsSendRequest } from "./provider";

export class OutboxSmsProvider implements SmsProvider {
  readonly name = "outbox";

  constructor(private readonly database?: Db) {}

  async send(request: SmsSendRequest): Promise<void> {
    await createSmsMessage({
      db: this.database ?? sharedDb(),
      mobile: request.mobile,
      purpose: request.purpose,
      body: request.body,
      code: request.code ?? null,
      provider: "outbox",
      status: "stored",
    });
  }
}
