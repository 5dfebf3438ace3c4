// A form post to a route handler must come from our own pages (server actions check this by
// themselves; route handlers must do it). Browsers send Sec-Fetch-Site and Origin on posts.
export function isSameOriginPost(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return site === "same-origin";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [headers.get("host"), ...(headers.get("x-forwarded-host")?.split(",") ?? [])].map((value) => value?.trim()).filter(Boolean);
  return hosts.includes(host);
}
