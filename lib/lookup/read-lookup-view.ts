import "server-only";
// The few platform accounts that can matter for one lookup input, as the LookupView the
// migration rules read (lib/migration/platform-view.ts). Loaded with one query per input kind.
import type { Db } from "@/lib/db";
import type { AccountType, LookupView, PlatformAccountSummary } from "@/lib/migration/platform-view";

const summary = { id: true, type: true, loginName: true, loginNameKey: true, reservedMobile: true, uscc: true, realNameStatus: true } as const;
/** Someone with more accounts on one mobile than this is a data problem, not a lookup one. */
const MAX_ACCOUNTS = 50;

export async function readLookupView(options: { db: Db; kind: "enterprise" | "personal"; value: string }): Promise<LookupView> {
  const { db, kind, value } = options;
  const key = value.toLowerCase();
  const where =
    kind === "enterprise"
      ? { OR: [{ uscc: value }, { loginNameKey: key }] }
      : { OR: [{ loginNameKey: key }, { type: "natural", reservedMobile: value }] };
  const rows = await db.platformAccount.findMany({ where, select: summary, orderBy: { id: "asc" }, take: MAX_ACCOUNTS });
  const accounts: Array<PlatformAccountSummary & { loginNameKey: string }> = rows.map((row) => ({ ...row, type: row.type as AccountType }));
  const naturalWithMobile = (mobile: string) => accounts.filter((a) => a.type === "natural" && a.reservedMobile === mobile);
  return {
    accountByLoginName: (name) => accounts.find((a) => a.loginNameKey === name.toLowerCase()),
    accountByUscc: (uscc) => accounts.find((a) => a.uscc === uscc),
    verifiedNaturalByReservedMobile: (mobile) => naturalWithMobile(mobile).find((a) => a.realNameStatus === "verified"),
    naturalByReservedMobile: (mobile) => naturalWithMobile(mobile)[0],
  };
}
