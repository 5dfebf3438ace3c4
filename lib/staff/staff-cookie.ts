import "server-only";
// The staff session cookie, separate from the public one: a staff member who is also a platform
// user keeps the two apart, and logging out of one does not touch the other. `__Host-` binds it
// to this host over HTTPS (localhost counts as secure); SameSite=Strict keeps other sites' links
// and forms from arriving with it.
import { cookies } from "next/headers";

export const STAFF_COOKIE = "__Host-staff";

export async function readStaffToken(): Promise<string | undefined> {
  return (await cookies()).get(STAFF_COOKIE)?.value;
}

/** Only in server actions and route handlers. */
export async function setStaffCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(STAFF_COOKIE, token, { httpOnly: true, secure: true, sameSite: "strict", path: "/", expires: expiresAt });
}

export async function clearStaffCookie(): Promise<void> {
  (await cookies()).set(STAFF_COOKIE, "", { httpOnly: true, secure: true, sameSite: "strict", path: "/", maxAge: 0 });
}
