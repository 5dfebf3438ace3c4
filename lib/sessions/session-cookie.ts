import "server-only";
// The one place that knows the cookie. `__Host-` makes browsers refuse it unless it is Secure,
// host-only and Path=/, so a sibling sub-domain cannot plant or read it. Browsers treat
// http://localhost and 127.0.0.1 as secure contexts, so local demos and e2e work over plain HTTP.
import { cookies } from "next/headers";

export const SESSION_COOKIE = "__Host-session";

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** Only in server actions and route handlers (Next refuses cookie writes while rendering). */
export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: "lax",
    path: "/",
    expires: expiresAt,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, "", { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: 0 });
}
