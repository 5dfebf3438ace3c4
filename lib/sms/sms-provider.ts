import "server-only";
// Picks the provider named by SMS_PROVIDER (interfaces.md "Configuration"), counted for metrics.
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { CountedSmsProvider } from "./counted-sms-provider";
import { HttpSmsProvider } from "./http-sms-provider";
import { OutboxSmsProvider } from "./outbox-provider";
import type { SmsProvider } from "./provider";
import { smsTemplatesFrom } from "./sms-templates";

export function smsProvider(options: { db?: Db } = {}): SmsProvider {
  return new CountedSmsProvider(configuredProvider(options.db));
}

function configuredProvider(db: Db | undefined): SmsProvider {
  const config = env();
  switch (config.SMS_PROVIDER) {
    case "outbox":
      return new OutboxSmsProvider(db);
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
        db,
      );
  }
}
