// Every page of the public site a text may link to, with the values each dynamic segment accepts.
// Kept by hand beside the content rules (lib/ may not read app/ at run time); site-routes.test.ts
// checks it against the page files under app/, so a page added or removed fails that test until
// this list follows. Staff pages and the API are not link targets for public texts.
import { BUSINESS_SYSTEMS } from "@/lib/accounts/business-systems";
import { OUTCOME_CODES } from "@/lib/migration/outcomes";
import { STEP_IDS } from "@/lib/wizard/steps";

const WINDOWS = ["legal", "natural"] as const;

/** The values a dynamic segment accepts; `null`: a personal link (a token) no text may contain. */
type SegmentValues = readonly string[] | null;

export const SITE_PAGES: Readonly<Record<string, Readonly<Record<string, SegmentValues>>>> = {
  "/": {},
  "/faq": {},
  "/guide": {},
  "/guide/enterprise": {},
  "/guide/personal": {},
  "/guide/result": {},
  "/guide/resume": {},
  "/guide/verify": {},
  "/guide/journey": {},
  "/guide/journey/checklist": {},
  "/guide/journey/[step]": { step: STEP_IDS },
  "/guide/outcomes": {},
  "/guide/outcomes/[code]": { code: OUTCOME_CODES },
  "/account": {},
  "/account/security": {},
  "/account/verify": {},
  "/account/verify/upload": {},
  "/login": {},
  "/login/[window]": { window: WINDOWS },
  "/register": {},
  "/register/[kind]": { kind: WINDOWS },
  "/recovery": {},
  "/recovery/hint": {},
  "/recovery/status": {},
  "/recovery/appeal/[kind]": { kind: WINDOWS },
  "/recovery/reset/[kind]": { kind: WINDOWS },
  "/recovery/reset/[kind]/done": { kind: WINDOWS },
  "/recovery/set-password/[token]": { token: null },
  "/recovery/set-password/done": {},
  "/services": {},
  "/services/[system]": { system: BUSINESS_SYSTEMS },
  "/services/personal": {},
};

const segmentsOf = (path: string) => path.split("/").filter(Boolean);

function matches(pattern: string, segments: string[]): boolean {
  const parts = segmentsOf(pattern);
  if (parts.length !== segments.length) return false;
  const values = SITE_PAGES[pattern];
  return parts.every((part, index) => {
    const dynamic = /^\[(.+)\]$/.exec(part);
    if (!dynamic) return part === segments[index];
    const accepted = values[dynamic[1]];
    return accepted !== null && accepted !== undefined && accepted.includes(segments[index]);
  });
}

/** Whether a link on this site (`/guide/outcomes/E-R3?x#y`) leads to a page that exists. */
export function isKnownSitePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0];
  let segments: string[];
  try {
    segments = segmentsOf(path).map(decodeURIComponent);
  } catch {
    return false;
  }
  return Object.keys(SITE_PAGES).some((pattern) => matches(pattern, segments));
}
