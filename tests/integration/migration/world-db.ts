// Puts a world into a test database and reads the migration's result back in a form that does not
// depend on ids or times (PostgreSQL sequences are not rolled back, and runs differ in time), so the
// database can be compared with the in-memory model and with another run.
import type { Db } from "@/lib/db";
import type { InMemoryPlatform, ModelAccount, ModelTorchAccount } from "@/lib/migration/in-memory-platform";

export interface ComparableState {
  accounts: string[];
  records: string[];
  authorisations: string[];
}

export async function clearWorld(db: Db): Promise<void> {
  await db.orgAuthorisation.deleteMany();
  await db.migrationRecord.deleteMany();
  await db.platformAccount.deleteMany();
  await db.torchAccount.deleteMany();
}

type PlatformSeed = Omit<ModelAccount, "id"> & { verifiedIdHash?: string | null };
type TorchSeed = Omit<ModelTorchAccount, "id">;

/** Inserts accounts in the given order (so ids grow in that order, as in the model). */
export async function seedWorld(db: Db, platform: readonly PlatformSeed[], torch: readonly TorchSeed[]): Promise<void> {
  for (let i = 0; i < platform.length; i += 500) {
    await db.platformAccount.createMany({
      data: platform.slice(i, i + 500).map((a) => ({
        type: a.type,
        loginName: a.loginName,
        loginNameKey: a.loginName.toLowerCase(),
        passwordHash: a.passwordHash,
        reservedMobile: a.reservedMobile,
        realNameStatus: a.realNameStatus,
        verifiedIdHash: a.verifiedIdHash ?? null,
        uscc: a.uscc,
        personName: a.personName,
        orgName: a.orgName,
        origin: a.origin,
      })),
    });
  }
  for (let i = 0; i < torch.length; i += 500) {
    await db.torchAccount.createMany({
      data: torch.slice(i, i + 500).map((t) => ({
        kind: t.kind,
        username: t.username,
        passwordHash: t.passwordHash,
        displayName: t.displayName,
        contactMobile: t.contactMobile,
      })),
    });
  }
}

const line = (...values: unknown[]) => JSON.stringify(values);
const sorted = (lines: string[]) => lines.sort();

export async function readState(db: Db): Promise<ComparableState> {
  const accounts = await db.platformAccount.findMany({
    select: { id: true, type: true, loginName: true, reservedMobile: true, uscc: true, realNameStatus: true, passwordHash: true, personName: true, orgName: true, origin: true },
  });
  const nameOf = new Map(accounts.map((a) => [a.id, a.loginName]));
  const records = await db.migrationRecord.findMany({
    select: { outcome: true, loginName: true, window: true, platformAccountId: true, accountCreated: true, torchAccount: { select: { username: true } } },
  });
  const grants = await db.orgAuthorisation.findMany({ select: { accountId: true, uscc: true, system: true, grantedBy: true, validTo: true } });
  return {
    accounts: sorted(accounts.map((a) => line(a.loginName, a.type, a.reservedMobile, a.uscc, a.realNameStatus, a.passwordHash, a.personName, a.orgName, a.origin))),
    records: sorted(records.map((r) => line(r.torchAccount.username, r.outcome, r.loginName, r.window, r.platformAccountId === null ? null : nameOf.get(r.platformAccountId), r.accountCreated))),
    authorisations: sorted(grants.map((g) => line(nameOf.get(g.accountId), g.uscc, g.system, g.grantedBy, g.validTo))),
  };
}

export function modelState(model: InMemoryPlatform, torch: readonly ModelTorchAccount[]): ComparableState {
  const nameOf = new Map(model.accounts.map((a) => [a.id, a.loginName]));
  const usernameOf = new Map(torch.map((t) => [t.id, t.username]));
  return {
    accounts: sorted(model.accounts.map((a) => line(a.loginName, a.type, a.reservedMobile, a.uscc, a.realNameStatus, a.passwordHash, a.personName, a.orgName, a.origin))),
    records: sorted(
      [...model.records.values()].map((r) =>
        line(usernameOf.get(r.torchAccountId), r.outcome, r.loginName, r.window, r.platformAccountId === null ? null : nameOf.get(r.platformAccountId), r.accountCreated),
      ),
    ),
    authorisations: sorted(model.authorisations.map((g) => line(nameOf.get(g.accountId), g.uscc, g.system, "migration", null))),
  };
}
