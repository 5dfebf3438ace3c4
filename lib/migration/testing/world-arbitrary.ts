// Random small worlds for property and differential tests: few USCCs and mobiles, so that names,
// HJ_ names (in either case), reserved mobiles and USCCs collide often and every rule is reached.
import fc from "fast-check";
import type { ModelAccount, ModelTorchAccount } from "../in-memory-platform";

export interface World {
  platform: ModelAccount[];
  torch: ModelTorchAccount[];
}

export const USCC_POOL = ["91110108MA01ET88XL", "91310000MA1FL8KQ0B", "12100000400000398M", "91440300MA5ETH1Q2Y"];
export const MOBILE_POOL = ["13800138000", "13900139000", "15000150000", "18711111111"];

const identifier = fc.constantFrom(...USCC_POOL, ...MOBILE_POOL);
const loginName = fc.oneof(
  identifier,
  identifier.map((id) => id.toLowerCase()),
  identifier.map((id) => `HJ_${id}`),
  identifier.map((id) => `hj_${id.toLowerCase()}`),
  fc.constantFrom("lisi2020", "acme2019", "zhangsan"),
);
const mobile = fc.option(fc.constantFrom(...MOBILE_POOL), { nil: null });

const platformAccount = fc.record({
  type: fc.constantFrom("natural" as const, "legal" as const),
  loginName,
  reservedMobile: mobile,
  // Natural accounts with a USCC are invalid data, yet possible in a database: rarely generated.
  uscc: fc.option(fc.constantFrom(...USCC_POOL), { nil: null, freq: 2 }),
  realNameStatus: fc.constantFrom("unverified", "verified", "pending"),
  passwordHash: fc.constantFrom("md5:00000000000000000000000000000000", "sha256:s:ab"),
});

const torchAccount = fc.oneof(
  fc.record({ kind: fc.constant("enterprise" as const), username: fc.constantFrom(...USCC_POOL), contactMobile: mobile }),
  fc.record({ kind: fc.constant("personal" as const), username: fc.constantFrom(...MOBILE_POOL), contactMobile: mobile }),
);

export const worldArbitrary: fc.Arbitrary<World> = fc
  .record({
    platform: fc.array(platformAccount, { maxLength: 12 }),
    torch: fc.array(torchAccount, { maxLength: 8 }),
    naturalUscc: fc.boolean(),
  })
  .map(({ platform, torch, naturalUscc }) => {
    // Keep what the database's unique indexes allow: login names (case-insensitively) and USCCs.
    const keys = new Set<string>();
    const usccs = new Set<string>();
    const accounts: ModelAccount[] = [];
    for (const a of platform) {
      const uscc = a.type === "legal" || naturalUscc ? a.uscc : null;
      if (a.type === "legal" && uscc === null) continue;
      if (keys.has(a.loginName.toLowerCase()) || (uscc !== null && usccs.has(uscc))) continue;
      keys.add(a.loginName.toLowerCase());
      if (uscc !== null) usccs.add(uscc);
      const id = accounts.length + 1;
      accounts.push({ ...a, id, uscc, personName: null, orgName: a.type === "legal" ? `org ${id}` : null, origin: "imported" });
    }
    const usernames = new Set<string>();
    const torchAccounts: ModelTorchAccount[] = [];
    for (const t of torch) {
      if (usernames.has(t.username)) continue;
      usernames.add(t.username);
      const id = torchAccounts.length + 1;
      torchAccounts.push({ ...t, id, passwordHash: `md5:${String(id).padStart(32, "0")}`, displayName: `torch ${id}` });
    }
    return { platform: accounts, torch: torchAccounts };
  });
