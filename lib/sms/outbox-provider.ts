import "server-only";
// The outbox "sends" by storing the message: admins and `npm run cli -- sms:last` read it there.
import { db as sharedDb, type Db } from "@/lib/db";
import type { SmsProvider, SmsSendRequest } from "./provider";

export class OutboxSmsProvider implements SmsProvider {
  readonly name = "outbox";

  constructor(private readonly database?: Db) {}

  async send(request: SmsSendRequest): Promise<void> {
    await (this.database ?? sharedDb()).smsMessage.create({
      data: { mobile: request.mobile, purpose: request.purpose, body: request.body, code: request.code ?? null },
      select: { id: true },
    });
  }
}
