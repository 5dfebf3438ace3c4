"use server";
// Staff logout: the row goes, the cookie goes, the audit trail says so.
import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { deleteStaffSession } from "@/lib/staff/delete-staff-session";
import { staffActor } from "@/lib/staff/staff-actor";
import { clearStaffCookie, readStaffToken } from "@/lib/staff/staff-cookie";
import { validateStaffSession } from "@/lib/staff/validate-staff-session";

export async function logOutStaffAction(): Promise<void> {
  const token = await readStaffToken();
  const session = await validateStaffSession({ db: db(), token });
  await deleteStaffSession({ db: db(), token });
  await clearStaffCookie();
  if (session) {
    await recordAuditEvent({ db: db(), type: "staff.logout", actor: staffActor(session.staffId), client: await requestClient(), result: "success" });
  }
  redirect("/staff/login?notice=loggedOut");
}
