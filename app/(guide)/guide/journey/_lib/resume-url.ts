import "server-only";
// The address a QR code opens on another device: this site's /guide/resume with the resume code
// (the page only fills the form in; the code is then posted, not used by the GET). PUBLIC_URL names
// the site behind the ministry's proxy; unset (demos), the address the browser used, so a phone on
// the same network can open it. Only the requester ever sees this page, so a forged Host header
// misleads nobody else.
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { formatResumeCode } from "@/lib/wizard/codes";

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const local = /^(localhost|127\.|\[::1\])/.test(host);
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || (local ? "http" : "https");
  return `${proto}://${host}`;
}

export async function resumeUrl(resumeCode: string): Promise<string> {
  const publicUrl = env().PUBLIC_URL;
  const origin = publicUrl ? new URL(publicUrl).origin : await requestOrigin();
  return `${origin}/guide/resume?code=${formatResumeCode(resumeCode)}`;
}
