// Where the language switch sends the browser back to: the page it was on, read from the Referer
// of the switch's POST (the site sends same-origin referrers) — only a path of this site.
import { safeNextPath } from "@/lib/accounts/notices";

export function returnPathFrom(referer: string | null, host: string | null): string {
  if (!referer) return "/";
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return "/";
  }
  if (!host || url.host !== host) return "/";
  return safeNextPath(`${url.pathname}${url.search}`) ?? "/";
}
