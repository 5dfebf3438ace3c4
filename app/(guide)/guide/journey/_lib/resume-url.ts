import "server-only";
// The address a QR code opens on another device: this site's /guide/resume with the resume code
// (the page only fills the form in; the code is then posted, not used by the GET). Behind the
// ministry's proxy, the site's public origin (siteOrigin, from PUBLIC_URL); with none set (demos),
// the address the browser used rather than localhost, so a phone on the same network can open it.
// Only the requester ever sees this page, so a forged Host header misleads nobody else.
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { siteOrigin } from "@/lib/recovery/site-origin";
import { formatResumeCode } from "@/lib/wizard/codes";

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const local = /^(localhost|127\.|\[::1\])/.test(host);
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || (local ? "http" : "https");
  return `${proto}://${host}`;
}

export async function resumeUrl(resumeCode: string): Promise<string> {
  const origin = env().PUBLIC_URL ? siteOrigin() : await requestOrigin();
  return `${origin}/guide/resume?code=${formatResumeCode(resumeCode)}`;
}
