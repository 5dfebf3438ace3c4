// Template ids per message purpose (SMS_HTTP_TEMPLATES=`lookup=SMS_1001,register=SMS_1002`).
// Gateways in China send only pre-approved templates (Aliyun TemplateCode, Tencent Cloud
// TemplateId); the id travels with each message so the gateway or its relay needs no table of its own.

export type SmsTemplates = Readonly<Record<string, string>>;

const PAIR = /^([a-z][a-z0-9-]{0,39})=([A-Za-z0-9_.-]{1,64})$/;

export function parseSmsTemplates(text: string): { ok: true; templates: SmsTemplates } | { ok: false } {
  const templates: Record<string, string> = {};
  for (const part of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const match = PAIR.exec(part);
    if (!match || match[1] in templates) return { ok: false };
    templates[match[1]] = match[2];
  }
  return { ok: true, templates };
}

/** The configured map, or none; the variable was validated by lib/env at start. */
export function smsTemplatesFrom(text: string | undefined): SmsTemplates {
  if (!text) return {};
  const parsed = parseSmsTemplates(text);
  return parsed.ok ? parsed.templates : {};
}
