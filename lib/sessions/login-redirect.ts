import "server-only";
// Where a page that needs a login sends a browser without a valid session. "登录已过期" only when
// this browser still carries a session cookie that no longer opens a session (idle or absolute
// timeout, ended elsewhere); a browser that never logged in (or logged out, which clears the
// cookie) is asked "请先登录".
import { safeNextPath } from "@/lib/accounts/notices";
import { readSessionToken } from "./session-cookie";

export function loginPathFor(options: { hadSessionCookie: boolean; next?: string | null }): string {
  const notice = options.hadSessionCookie ? "sessionEnded" : "loginToContinue";
  const next = safeNextPath(options.next ?? null);
  return `/login?notice=${notice}${next ? `&next=${encodeURIComponent(next)}` : ""}`;
}

export async function loginPath(next?: string | null): Promise<string> {
  return loginPathFor({ hadSessionCookie: Boolean(await readSessionToken()), next });
}
