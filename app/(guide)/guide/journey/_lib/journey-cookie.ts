import "server-only";
// The journey's resume code in an HttpOnly cookie, so closing the browser does not lose the
// journey (7 days, like the journey). Path=/, not /guide: an action elsewhere (the login) that
// redirects back to a step renders that step in its own response, with its own request's cookies.
import { cookies } from "next/headers";
import { normaliseResumeCode } from "@/lib/wizard/codes";
import { JOURNEY_TTL_MS } from "@/lib/wizard/journey-record";

// `__Host-` (Secure, Path=/, no Domain): see guide-cookies.ts.
const JOURNEY_COOKIE = "__Host-guide_journey";
const OPTIONS = { httpOnly: true, secure: true, sameSite: "lax", path: "/" } as const;

/** Only in server actions (Next refuses cookie writes while rendering). */
export async function keepResumeCode(resumeCode: string): Promise<void> {
  (await cookies()).set(JOURNEY_COOKIE, resumeCode, { ...OPTIONS, maxAge: JOURNEY_TTL_MS / 1000 });
}

export async function readResumeCode(): Promise<string | null> {
  const value = (await cookies()).get(JOURNEY_COOKIE)?.value;
  return value ? normaliseResumeCode(value) : null;
}

export async function forgetResumeCode(): Promise<void> {
  (await cookies()).set(JOURNEY_COOKIE, "", { ...OPTIONS, maxAge: 0 });
}
