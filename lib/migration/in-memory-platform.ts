// An in-memory platform that answers the rules' views and applies their decisions the way the
// SQL executor does. Tests use it as the reference model; it is small enough to read at a glance.
import type { BusinessSystem } from "@/lib/accounts/business-systems";
import type { MigrationOutcomeCode, LoginWindow } from "./outcomes";
import type { AccountToCreate, LookupView, PlatformAccountSummary, TorchAccountInput } from "./platform-view";
import { resolveTorchOutcome } from "./rules";

export interface ModelAccount extends PlatformAccountSummary {
  passwordHash: string;
  personName: string | null;
  orgName: string | null;
  origin: string;
}

export interface ModelTorchAccount extends TorchAccountInput {
  id: number;
  passwordHash: string;
  displayName: string;
}

export interface ModelRecord {
  torchAccountId: number;
  outcome: MigrationOutcomeCode;
  loginName: string | null;
  window: LoginWindow | null;
  platformAccountId: number | null;
  accountCreated: boolean;
}

export interface ModelAuthorisation {
  accountId: number;
  uscc: string;
  system: BusinessSystem;
}

export class InMemoryPlatform implements LookupView {
  readonly accounts: ModelAccount[] = [];
  readonly records = new Map<number, ModelRecord>();
  readonly authorisations: ModelAuthorisation[] = [];
  private readonly byKey = new Map<string, ModelAccount>();
  private readonly byUscc = new Map<string, ModelAccount>();
  private nextId = 1;

  constructor(accounts: readonly ModelAccount[] = []) {
    for (const account of [...accounts].sort((a, b) => a.id - b.id)) this.add(account);
  }

  accountByLoginName(name: string) {
    return this.byKey.get(name.toLowerCase());
  }

  accountByUscc(uscc: string) {
    return this.byUscc.get(uscc);
  }

  verifiedNaturalByReservedMobile(mobile: string) {
    return this.lowest((a) => a.type === "natural" && a.realNameStatus === "verified" && a.reservedMobile === mobile);
  }

  naturalByReservedMobile(mobile: string) {
    return this.lowest((a) => a.type === "natural" && a.reservedMobile === mobile);
  }

  /** Migrates, in id order, every Torch account without a record; returns how many accounts it created. */
  migrate(torch: readonly ModelTorchAccount[]): number {
    let created = 0;
    for (const t of [...torch].sort((a, b) => a.id - b.id)) {
      if (this.records.has(t.id)) continue;
      const decision = resolveTorchOutcome(t, this);
      const account = decision.create ? this.create(decision.create, t) : undefined;
      if (account) created += 1;
      this.records.set(t.id, {
        torchAccountId: t.id,
        outcome: decision.outcome,
        loginName: decision.loginName,
        window: decision.window,
        platformAccountId: account?.id ?? decision.existingAccountId ?? null,
        accountCreated: account !== undefined,
      });
    }
    return created;
  }

  private create(spec: AccountToCreate, torch: ModelTorchAccount): ModelAccount {
    const account = this.add({
      id: this.nextId,
      type: spec.type,
      loginName: spec.loginName,
      reservedMobile: spec.reservedMobile,
      uscc: spec.uscc ?? null,
      realNameStatus: "unverified",
      passwordHash: torch.passwordHash,
      // The Torch display name is the organisation's name on a legal account and the person's on
      // a personal one; E-R4's natural account stands for an unnamed operator of the enterprise.
      orgName: spec.type === "legal" ? torch.displayName : null,
      personName: torch.kind === "personal" ? torch.displayName : null,
      origin: "migrated",
    });
    if (spec.authorise) {
      const { uscc, systems } = spec.authorise;
      for (const system of systems) this.authorisations.push({ accountId: account.id, uscc, system });
    }
    return account;
  }

  private add(account: ModelAccount): ModelAccount {
    const key = account.loginName.toLowerCase();
    if (this.byKey.has(key)) throw new Error(`login name collision: ${account.loginName}`);
    if (account.uscc !== null) {
      if (this.byUscc.has(account.uscc)) throw new Error(`USCC collision: ${account.uscc}`);
      this.byUscc.set(account.uscc, account);
    }
    this.byKey.set(key, account);
    this.accounts.push(account);
    this.nextId = Math.max(this.nextId, account.id + 1);
    return account;
  }

  private lowest(match: (a: ModelAccount) => boolean): ModelAccount | undefined {
    // Accounts are added in increasing id order, so the first match has the lowest id.
    return this.accounts.find(match);
  }
}
