"use server";
// Staff logout through the one form-action adapter: whoever holds the cookie may end its session
// (any stage, also one half-way through the TOTP step) → the row goes, the cookie goes, the audit
// trail says so. A plain post with no state: a failure of ours is logged once with a reference
// and the page is shown again.
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { deleteStaffSession } from "@/lib/staff/delete-staff-session";
import { staffActor } from "@/lib/staff/staff-actor";
import { clearStaffCookie, readStaffToken } from "@/lib/staff/staff-cookie";
import { validateStaffSession } from "@/lib/staff/validate-staff-session";

const logOut = formAction({
  name: "staff.logout",
  authorise: async () => {
    const token = await readStaffToken();
    return { token, session: await validateStaffSession({ db: db(), token }) };
  },
  schema: z.object({}),
  invalid: () => null,
  failed: () => null,
  run: async ({ actor: { token, session } }) => {
    await deleteStaffSession({ db: db(), token });
    await clearStaffCookie();
    if (session) {
      await recordAuditEvent({ db: db(), type: "staff.logout", actor: staffActor(session.staffId), client: await requestClient(), result: "success" });
    }
    redirect("/staff/login?notice=loggedOut");
  },
});

export async function logOutStaffAction(formData: FormData): Promise<void> {
  await logOut(null, formData);
}
