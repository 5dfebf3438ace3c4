// A LookupView over a short list of accounts, for callers that fetch from the database first
// (the lookup reads the few accounts matching one USCC or mobile, then asks the pure rules):
// the views are synchronous so the rules stay pure.
import type { LookupView, PlatformAccountSummary } from "./platform-view";

export function viewOfAccounts(accounts: readonly PlatformAccountSummary[]): LookupView {
  const byId = [...accounts].sort((a, b) => a.id - b.id);
  const first = (match: (a: PlatformAccountSummary) => boolean) => byId.find(match);
  return {
    accountByLoginName: (name) => first((a) => a.loginName.toLowerCase() === name.toLowerCase()),
    accountByUscc: (uscc) => first((a) => a.uscc === uscc),
    verifiedNaturalByReservedMobile: (mobile) =>
      first((a) => a.type === "natural" && a.realNameStatus === "verified" && a.reservedMobile === mobile),
    naturalByReservedMobile: (mobile) => first((a) => a.type === "natural" && a.reservedMobile === mobile),
  };
}
