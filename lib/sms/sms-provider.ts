import "server-only";
// Picks the provider named by SMS_PROVIDER (interfaces.md "Configuration").
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { OutboxSmsProvider } from "./outbox-provider";
import type { SmsProvider } from "./provider";

export function smsProvider(options: { db?: Db } = {}): SmsProvider {
  switch (env().SMS_PROVIDER) {
    case "outbox":
      return new OutboxSmsProvider(options.db);
  }
}
