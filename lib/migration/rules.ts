// The migration and lookup rules of domain.md §3–4, as pure functions over a MigrationView.
// They are the specification: the SQL executor (run-migration.ts) must produce exactly what these
// produce, and the integration tests check that on random worlds.
//
// Terms (§4): "own" is the enterprise's legal account (USCC = U) or the person's natural account
// (reserved mobile = P); a name is "taken" when any account that is not own holds it,
// case-insensitively. Where a name must be created but an account holds it (even an own one,
// e.g. an own account already called `HJ_P`), no rule places the Torch account → CONFLICT:
// creating it would break login-name uniqueness, and staff decide.
import { BUSINESS_SYSTEMS } from "@/lib/accounts/business-systems";
import { MIGRATION_PREFIX } from "@/lib/accounts/login-names";
import { WINDOW_BY_OUTCOME, type LoginWindow, type MigrationOutcomeCode, type OutcomeCode } from "./outcomes";
import type { AccountToCreate, LookupView, MigrationView, PlatformAccountSummary, TorchAccountInput } from "./platform-view";

export interface MigrationDecision {
  outcome: MigrationOutcomeCode;
  /** The name to log in with; null for P-R4 (appeal) and CONFLICT. */
  loginName: string | null;
  window: LoginWindow | null;
  /** The existing account the outcome points to (E-R2, P-R2, P-R4). */
  existingAccountId?: number;
  create?: AccountToCreate;
}

export interface UnregisteredDecision {
  outcome: Extract<OutcomeCode, "E-U1" | "E-U2" | "P-U1" | "P-U2">;
  loginName: string | null;
  window: LoginWindow | null;
  existingAccountId?: number;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function decided(outcome: MigrationOutcomeCode, loginName: string | null, extra: Partial<MigrationDecision> = {}): MigrationDecision {
  return { outcome, loginName, window: WINDOW_BY_OUTCOME[outcome], ...extra };
}

const CONFLICT = (): MigrationDecision => decided("CONFLICT", null);

/** `name` if free, else `HJ_name` if free, else undefined (a collision). */
function freeName(name: string, view: MigrationView): { name: string; renamed: boolean } | undefined {
  if (!view.accountByLoginName(name)) return { name, renamed: false };
  const prefixed = MIGRATION_PREFIX + name;
  return view.accountByLoginName(prefixed) ? undefined : { name: prefixed, renamed: true };
}

export function resolveEnterpriseOutcome(torch: TorchAccountInput, view: MigrationView): MigrationDecision {
  const u = torch.username;
  const usccHolder = view.accountByUscc(u);
  const own = usccHolder?.type === "legal" ? usccHolder : undefined;
  if (own && sameName(own.loginName, u)) return decided("E-R2", own.loginName, { existingAccountId: own.id });
  if (own) {
    // U is never held by `own` here (its name differs), so any holder of U takes it.
    const name = freeName(u, view);
    if (!name) return CONFLICT();
    const create: AccountToCreate = {
      type: "natural",
      loginName: name.name,
      reservedMobile: torch.contactMobile,
      authorise: { uscc: u, systems: BUSINESS_SYSTEMS },
    };
    return decided("E-R4", name.name, { create });
  }
  // A non-legal account carrying the USCC (invalid data the importer refuses): a legal account
  // for U would break "one USCC, one legal account" in the database's unique index.
  if (usccHolder) return CONFLICT();
  const name = freeName(u, view);
  if (!name) return CONFLICT();
  const create: AccountToCreate = { type: "legal", loginName: name.name, reservedMobile: torch.contactMobile, uscc: u };
  return decided(name.renamed ? "E-R3" : "E-R1", name.name, { create });
}

export function resolvePersonalOutcome(torch: TorchAccountInput, view: MigrationView): MigrationDecision {
  const p = torch.username;
  const holder = view.accountByLoginName(p);
  if (holder && holder.type === "natural" && holder.reservedMobile === p) {
    return decided("P-R2", holder.loginName, { existingAccountId: holder.id });
  }
  const verified = view.verifiedNaturalByReservedMobile(p);
  // The user must appeal to recover that account: no login name is given out (interfaces.md).
  if (verified) return decided("P-R4", null, { existingAccountId: verified.id });
  const name = freeName(p, view);
  if (!name) return CONFLICT();
  const create: AccountToCreate = { type: "natural", loginName: name.name, reservedMobile: p };
  return decided(name.renamed ? "P-R3" : "P-R1", name.name, { create });
}

export function resolveTorchOutcome(torch: TorchAccountInput, view: MigrationView): MigrationDecision {
  return torch.kind === "enterprise" ? resolveEnterpriseOutcome(torch, view) : resolvePersonalOutcome(torch, view);
}

function unregistered(outcome: UnregisteredDecision["outcome"], account: PlatformAccountSummary | undefined): UnregisteredDecision {
  if (!account) return { outcome, loginName: null, window: null };
  return { outcome, loginName: account.loginName, window: WINDOW_BY_OUTCOME[outcome], existingAccountId: account.id };
}

/** A USCC with no Torch account: E-U2 when a legal account carries it, else E-U1 (register). */
export function resolveUnregisteredEnterprise(uscc: string, view: MigrationView): UnregisteredDecision {
  const holder = view.accountByUscc(uscc);
  return holder?.type === "legal" ? unregistered("E-U2", holder) : unregistered("E-U1", undefined);
}

/**
 * A mobile with no Torch account: P-U2 when a natural account has it as login name (preferred:
 * that is the name the user will remember) or as reserved mobile, else P-U1 (register).
 */
export function resolveUnregisteredPersonal(mobile: string, view: LookupView): UnregisteredDecision {
  const named = view.accountByLoginName(mobile);
  const account = named?.type === "natural" ? named : view.naturalByReservedMobile(mobile);
  return account ? unregistered("P-U2", account) : unregistered("P-U1", undefined);
}
