"use server";
// Logout and "sign out everywhere" through the one form-action adapter: whoever holds the cookie
// may end its session(s) → the rows are deleted, so copied cookies open nothing → the login page.
// Plain posts with no state: a failure of ours is logged once with a reference and the page is
// shown again (still logged in, so the person can try once more).
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { accountActor } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { deleteAccountSessions } from "@/lib/sessions/delete-account-sessions";
import { deleteSession } from "@/lib/sessions/delete-session";
import { clearSessionCookie, readSessionToken } from "@/lib/sessions/session-cookie";
import { validateSession } from "@/lib/sessions/validate-session";

/** The session of this browser's cookie, if it is still one. */
async function cookieSession() {
  const token = await readSessionToken();
  return { token, session: await validateSession({ db: db(), token }) };
}

const noInput = z.object({});

const logOut = formAction({
  name: "platform.logout",
  authorise: cookieSession,
  schema: noInput,
  invalid: () => null,
  failed: () => null,
  run: async ({ actor: { token, session } }) => {
    await deleteSession({ db: db(), token });
    await clearSessionCookie();
    if (session) {
      await recordAuditEvent({ db: db(), type: "logout", actor: accountActor(session.accountId), client: await requestClient(), result: "success" });
    }
    redirect("/login?notice=loggedOut");
  },
});

const signOutEverywhere = formAction({
  name: "platform.logout.everywhere",
  authorise: cookieSession,
  schema: noInput,
  invalid: () => null,
  failed: () => null,
  run: async ({ actor: { session } }) => {
    if (session) {
      const count = await deleteAccountSessions({ db: db(), accountId: session.accountId });
      await recordAuditEvent({ db: db(), type: "logout.everywhere", actor: accountActor(session.accountId), client: await requestClient(), result: "success", detail: { sessions: count } });
    }
    await clearSessionCookie();
    redirect("/login?notice=loggedOut");
  },
});

export async function logOutAction(formData: FormData): Promise<void> {
  await logOut(null, formData);
}

export async function signOutEverywhereAction(formData: FormData): Promise<void> {
  await signOutEverywhere(null, formData);
}
