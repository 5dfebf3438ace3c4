import "server-only";
// Picks the provider named by SMS_PROVIDER (interfaces.md "Configuration").
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { HttpSmsProvider } from "./http-sms-provider";
import { OutboxSmsProvider } from "./outbox-provider";
import type { SmsProvider } from "./provider";
import { smsTemplatesFrom } from "./sms-templates";

export function smsProvider(options: { db?: Db } = {}): SmsProvider {
  const config = env();
  switch (config.SMS_PROVIDER) {
    case "outbox":
      return new OutboxSmsProvider(options.db);
    case "http":
      return new HttpSmsProvider(
        {
          // lib/env requires both when SMS_PROVIDER=http.
          url: config.SMS_HTTP_URL ?? "",
          token: config.SMS_HTTP_TOKEN ?? "",
          templates: smsTemplatesFrom(config.SMS_HTTP_TEMPLATES),
          timeoutMs: config.SMS_HTTP_TIMEOUT_MS,
          retries: config.SMS_HTTP_RETRIES,
        },
        options.db,
      );
  }
}
