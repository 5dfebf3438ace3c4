import "server-only";
// The SMS outbox for admins (issue 13 §4): when, to whom (masked), why, by which provider, and how
// delivery went. The body and the code are never selected: a code in the console would let staff
// take over whoever it was sent to. Optionally for one mobile; newest first, a page at a time.
import { maskMobile } from "@/lib/audit/mask";
import type { Db } from "@/lib/db";

export const SMS_PAGE_SIZE = 50;

export interface SmsMessageView {
  id: number;
  sentAt: Date;
  maskedMobile: string;
  purpose: string;
  provider: string;
  status: string;
  attempts: number;
  deliveredAt: Date | null;
}

export async function listSmsMessages(options: { db: Db; mobile: string | null; page: number }): Promise<{ total: number; messages: SmsMessageView[] }> {
  const where = options.mobile ? { mobile: options.mobile } : {};
  const [total, rows] = await Promise.all([
    options.db.smsMessage.count({ where }),
    options.db.smsMessage.findMany({
      where,
      orderBy: [{ sentAt: "desc" }, { id: "desc" }],
      skip: (options.page - 1) * SMS_PAGE_SIZE,
      take: SMS_PAGE_SIZE,
      select: { id: true, sentAt: true, mobile: true, purpose: true, provider: true, status: true, attempts: true, deliveredAt: true },
    }),
  ]);
  return { total, messages: rows.map(({ mobile, ...row }) => ({ ...row, maskedMobile: maskMobile(mobile) })) };
}
