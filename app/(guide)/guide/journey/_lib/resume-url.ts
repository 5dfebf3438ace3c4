import "server-only";
// The address a QR code opens on another device: this site's /guide/resume with the resume code
// (the page only fills the form in; the code is then posted, not used by the GET).
import { headers } from "next/headers";
import { formatResumeCode } from "@/lib/wizard/codes";

export async function resumeUrl(resumeCode: string): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const local = /^(localhost|127\.|\[::1\])/.test(host);
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || (local ? "http" : "https");
  return `${proto}://${host}/guide/resume?code=${formatResumeCode(resumeCode)}`;
}
