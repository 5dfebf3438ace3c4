// Rules of 登录名重置密码 (seed 三 1-1 / 2-1): what the person types in step 2 must match the account
// found by the login name in step 1 — the reserved mobile for a natural account, and also the
// organisation name and USCC for a legal one. Pure: the caller reads the account.
import { checkMobile, normaliseUscc, toHalfWidth } from "@/lib/identifiers";

export type AccountKind = "natural" | "legal";

export interface ResetDetails {
  mobile: string;
  orgName?: string | null;
  uscc?: string | null;
}

export interface ResetCandidate {
  type: string;
  reservedMobile: string | null;
  orgName: string | null;
  uscc: string | null;
}

/** Organisation names as people type them: half-width, no spaces (全角括号 and 半角 count as equal). */
export function normaliseOrgName(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, "");
}

/** True only when the account is of the kind asked for and every detail matches. */
export function resetDetailsMatch(kind: AccountKind, account: ResetCandidate | null, details: ResetDetails): boolean {
  if (!account || account.type !== kind || !account.reservedMobile) return false;
  const mobile = checkMobile(details.mobile);
  if (!mobile.ok || mobile.value !== account.reservedMobile) return false;
  if (kind === "natural") return true;
  if (!account.uscc || !account.orgName) return false;
  return (
    normaliseUscc(details.uscc ?? "") === account.uscc && normaliseOrgName(details.orgName ?? "") === normaliseOrgName(account.orgName)
  );
}
