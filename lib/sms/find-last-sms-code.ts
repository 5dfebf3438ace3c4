import "server-only";
// The newest code the outbox "sent" to a mobile (`npm run cli -- sms:last`, tests, demos).
import { db as sharedDb, type Db } from "@/lib/db";

export async function findLastSmsCode(options: { db?: Db; mobile: string }) {
  return (options.db ?? sharedDb()).smsMessage.findFirst({
    where: { mobile: options.mobile, code: { not: null } },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    select: { mobile: true, code: true, sentAt: true },
  });
}
