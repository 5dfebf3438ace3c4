import "server-only";
// The platform's own state for a journey (the facts steps tick off from). What is shown without a
// login follows what the person has proved: a personal lookup was confirmed by an SMS code to the
// mobile, so its account's status and appeal show; an enterprise lookup needs only the (public)
// USCC, so its account's status shows only once logged in to it, and of appeals and password
// resets only those made after this journey began.
import type { Db } from "@/lib/db";
import { journeyWindow, type CaseStatus, type JourneyFacts, type RealNameStatus } from "@/lib/wizard/facts";
import type { JourneyRecord } from "@/lib/wizard/journey-record";
import { findJourneyAccount, journeyAccountSelect, type JourneyAccount } from "./find-journey-account";

const REAL_NAME_STATUSES: readonly string[] = ["unverified", "pending", "verified", "failed"];
const CASE_STATUSES: readonly string[] = ["open", "approved", "rejected"];

export interface ReadJourneyFacts {
  facts: JourneyFacts;
  /** The account, once a login confirmed it is this journey's (to keep on the journey). */
  confirmedAccountId: number | null;
}

/** E-U1 / P-U1 register an account the journey cannot find by its identifier if other data was typed. */
async function adoptSessionAccount(db: Db, journey: JourneyRecord, sessionAccountId: number): Promise<JourneyAccount | null> {
  const { outcome, identifier } = journey.state;
  if (outcome !== "E-U1" && outcome !== "P-U1") return null;
  const account = await db.platformAccount.findUnique({ where: { id: sessionAccountId }, select: journeyAccountSelect });
  if (!account || account.type !== journeyWindow(outcome)) return null;
  return account.type === "legal" && account.uscc !== identifier ? null : account;
}

async function newestAppeal(db: Db, journey: JourneyRecord, account: JourneyAccount | null): Promise<CaseStatus | null> {
  const personal = journey.state.kind === "personal";
  const concerning = [
    ...(account ? [{ accountId: account.id }] : []),
    ...(personal ? [{ contactMobile: journey.state.identifier }] : []),
  ];
  if (concerning.length === 0) return null;
  const found = await db.case.findFirst({
    where: { type: { startsWith: "appeal-" }, OR: concerning, ...(personal ? {} : { createdAt: { gte: journey.createdAt } }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { status: true },
  });
  return found && CASE_STATUSES.includes(found.status) ? (found.status as CaseStatus) : null;
}

export async function readJourneyFacts(options: { db: Db; journey: JourneyRecord; sessionAccountId: number | null; now?: Date }): Promise<ReadJourneyFacts> {
  const { db, journey, sessionAccountId } = options;
  const now = options.now ?? new Date();
  let account = await findJourneyAccount({ db, state: journey.state, accountId: journey.accountId });
  if (!account && sessionAccountId !== null) account = await adoptSessionAccount(db, journey, sessionAccountId);

  const loggedIn = account !== null && account.id === sessionAccountId;
  const showStatus = account !== null && (loggedIn || journey.state.kind === "personal");
  const realNameStatus = showStatus && REAL_NAME_STATUSES.includes(account?.realNameStatus ?? "") ? (account?.realNameStatus as RealNameStatus) : null;
  const authorised =
    loggedIn && journey.state.outcome === "E-R4"
      ? (await db.orgAuthorisation.count({
          where: { accountId: account?.id, uscc: journey.state.identifier, revokedAt: null, validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }] },
        })) > 0
      : false;

  return {
    facts: {
      accountExists: account !== null,
      loggedIn,
      realNameStatus,
      passwordReset: account?.passwordChangedAt != null && account.passwordChangedAt > journey.createdAt,
      appealCase: await newestAppeal(db, journey, account),
      authorised,
    },
    confirmedAccountId: loggedIn ? (account?.id ?? null) : null,
  };
}
