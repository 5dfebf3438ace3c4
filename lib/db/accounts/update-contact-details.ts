import "server-only";
import { accountActor } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";

/** The contact details a user may edit freely (not the mobile: that needs the password and a code). */
export async function updateContactDetails(options: {
  db: Db;
  accountId: number;
  contactName: string | null;
  email: string | null;
  client: string;
}): Promise<void> {
  const { db, accountId } = options;
  await db.platformAccount.update({
    where: { id: accountId },
    data: { contactName: options.contactName, email: options.email },
    select: { id: true },
  });
  await recordAuditEvent({ db, type: "contact.change", actor: accountActor(accountId), client: options.client, result: "success" });
}
