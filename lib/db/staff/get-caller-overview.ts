import "server-only";
// What the call centre needs beside a caller's journey (issue 13 §3): the platform account the
// journey is about (real-name status, window, login name), the migration record of the Torch
// account behind it, and the caller's cases. The USCC or mobile stays masked as on the journey
// view; a login name is shown as the lookup would show it to the caller.
import { maskLoginName } from "@/lib/audit/mask";
import type { Db } from "@/lib/db";
import { findJourneyAccount } from "@/lib/db/wizard/find-journey-account";
import { presentLoginName } from "@/lib/lookup/mask-login-name";
import { normaliseHelpCode } from "@/lib/wizard/codes";
import { openJourneyState } from "@/lib/wizard/sealed-state";

export interface CallerOverview {
  account: { window: "natural" | "legal" | null; loginName: string; realNameStatus: string } | null;
  migration: {
    outcome: string;
    loginName: string | null;
    window: string | null;
    migratedAt: Date;
    accountCreated: boolean;
    resolvedAt: Date | null;
    resolutionNote: string | null;
  } | null;
  cases: { reference: string; type: string; status: string; createdAt: Date; decidedAt: Date | null }[];
}

const MAX_CASES = 20;

export async function getCallerOverview(options: { db: Db; helpCode: string; now?: Date }): Promise<CallerOverview | null> {
  const { db } = options;
  const helpCode = normaliseHelpCode(options.helpCode);
  if (!helpCode) return null;
  const row = await db.journey.findUnique({ where: { helpCode }, select: { stateEnc: true, accountId: true, expiresAt: true } });
  if (!row || row.expiresAt <= (options.now ?? new Date())) return null;
  const state = openJourneyState(row.stateEnc);
  if (!state) return null;
  const { identifier } = state;
  // The identifier is masked on the journey view, so a login name made from it is masked the same
  // way; any other name is masked as the lookup masks it (also one that differs only in case).
  const masked = state.kind === "personal" ? `${identifier.slice(0, 3)}****${identifier.slice(-4)}` : `************${identifier.slice(-6)}`;
  const present = (name: string) => {
    const shown = presentLoginName(name, identifier);
    return shown.includes(identifier) ? shown.replace(identifier, masked) : shown.includes("****") ? shown : maskLoginName(shown);
  };

  const torch = await db.torchAccount.findFirst({
    where: { username: identifier, kind: state.kind },
    select: {
      migration: {
        select: { outcome: true, loginName: true, window: true, migratedAt: true, accountCreated: true, resolvedAt: true, resolutionNote: true, platformAccountId: true },
      },
    },
  });
  const record = torch?.migration ?? null;
  // A CONFLICT resolved by staff has its account in the record; findJourneyAccount knows none for CONFLICT.
  const accountId = (await findJourneyAccount({ db, state, accountId: row.accountId }))?.id ?? record?.platformAccountId ?? null;
  const account = accountId === null ? null : await db.platformAccount.findUnique({ where: { id: accountId }, select: { id: true, type: true, loginName: true, realNameStatus: true } });

  const concerning = [...(account ? [{ accountId: account.id }] : []), ...(state.kind === "personal" ? [{ contactMobile: identifier }] : [])];
  const cases =
    concerning.length === 0
      ? []
      : await db.case.findMany({
          where: { OR: concerning },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: MAX_CASES,
          select: { reference: true, type: true, status: true, createdAt: true, decidedAt: true },
        });
  return {
    account: account
      ? { window: account.type === "legal" ? "legal" : account.type === "natural" ? "natural" : null, loginName: present(account.loginName), realNameStatus: account.realNameStatus }
      : null,
    migration: record
      ? {
          outcome: record.outcome,
          loginName: record.loginName ? present(record.loginName) : null,
          window: record.window,
          migratedAt: record.migratedAt,
          accountCreated: record.accountCreated,
          resolvedAt: record.resolvedAt,
          resolutionNote: record.resolutionNote,
        }
      : null,
    cases,
  };
}
