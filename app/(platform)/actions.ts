"use server";
// Logout and "sign out everywhere": the rows are deleted, so copied cookies open nothing.
import { redirect } from "next/navigation";
import { accountActor } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { deleteAccountSessions } from "@/lib/sessions/delete-account-sessions";
import { deleteSession } from "@/lib/sessions/delete-session";
import { clearSessionCookie, readSessionToken } from "@/lib/sessions/session-cookie";
import { validateSession } from "@/lib/sessions/validate-session";

export async function logOutAction(): Promise<void> {
  const token = await readSessionToken();
  const session = await validateSession({ db: db(), token });
  await deleteSession({ db: db(), token });
  await clearSessionCookie();
  if (session) {
    await recordAuditEvent({ db: db(), type: "logout", actor: accountActor(session.accountId), client: await requestClient(), result: "success" });
  }
  redirect("/login?notice=loggedOut");
}

export async function signOutEverywhereAction(): Promise<void> {
  const session = await validateSession({ db: db(), token: await readSessionToken() });
  if (session) {
    const count = await deleteAccountSessions({ db: db(), accountId: session.accountId });
    await recordAuditEvent({
      db: db(),
      type: "logout.everywhere",
      actor: accountActor(session.accountId),
      client: await requestClient(),
      result: "success",
      detail: { sessions: count },
    });
  }
  await clearSessionCookie();
  redirect("/login?notice=loggedOut");
}
