// A deterministic world for the migration benchmark and tests: n Torch accounts and n platform
// accounts. Each Torch account falls into a scenario (seeded PRNG, fixed weights) that sets up the
// platform accounts one rule of domain.md §4 needs, including the precedence cases; the rest of
// the platform accounts are unrelated fillers. Identifiers are scrambled so the indexes are not
// filled in key order (real data is not sorted either).
import { usccCheckCharacter } from "../../lib/identifiers";
import type { MigrationOutcomeCode } from "../../lib/migration/outcomes";

export interface TorchRow {
  kind: "enterprise" | "personal";
  username: string;
  passwordHash: string;
  displayName: string;
  contactMobile: string | null;
}

export interface PlatformRow {
  type: "natural" | "legal";
  loginName: string;
  passwordHash: string;
  reservedMobile: string | null;
  realNameStatus: "unverified" | "verified";
  personName: string | null;
  /** Unique per verified account, as the database demands; stands in for the keyed ID hash. */
  verifiedIdHash: string | null;
  orgName: string | null;
  uscc: string | null;
}

export interface WorldSink {
  torch(row: TorchRow): void;
  platform(row: PlatformRow): void;
}

/** Scenarios per 1,000 Torch accounts and the outcome each leads to. */
export const SCENARIOS = [
  { name: "E-R1", weight: 260, outcome: "E-R1" },
  { name: "E-R2 own legal named U", weight: 50, outcome: "E-R2" },
  { name: "E-R2 own legal named u (lower case)", weight: 50, outcome: "E-R2" },
  { name: "E-R3 U taken by a natural account", weight: 50, outcome: "E-R3" },
  { name: "E-R4 own legal named otherwise", weight: 60, outcome: "E-R4" },
  { name: "E-R4 … and U taken → HJ_U", weight: 20, outcome: "E-R4" },
  { name: "E CONFLICT U and hj_u taken", weight: 10, outcome: "CONFLICT" },
  { name: "P-R1", weight: 260, outcome: "P-R1" },
  { name: "P-R2 own natural named P", weight: 60, outcome: "P-R2" },
  { name: "P-R2 beats verified elsewhere", weight: 50, outcome: "P-R2" },
  { name: "P-R3 P taken by someone else", weight: 60, outcome: "P-R3" },
  { name: "P-R4 verified elsewhere", weight: 50, outcome: "P-R4" },
  { name: "P-R4 beats P taken", weight: 10, outcome: "P-R4" },
  { name: "P CONFLICT P and HJ_P taken", weight: 10, outcome: "CONFLICT" },
] as const satisfies readonly { name: string; weight: number; outcome: MigrationOutcomeCode }[];

const TOTAL_WEIGHT = SCENARIOS.reduce((sum, s) => sum + s.weight, 0);

/** mulberry32: small, fast and good enough to pick scenarios reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// i ↦ (i·k + c) mod 10^d is a bijection when k is coprime with 10: distinct, unsorted identifiers.
const scramble = (i: number, digits: number, salt: number) => String((i * 7_919_317 + salt) % 10 ** digits).padStart(digits, "0");
const uscc = (prefix: "91" | "92", i: number) => {
  const first17 = `${prefix}110108${scramble(i, 9, 12_345)}`;
  return first17 + usccCheckCharacter(first17);
};
const mobile = (prefix: string, i: number) => `${prefix}${scramble(i, 8, 4_321)}`;
const hash = (i: number, random: () => number) => `md5:${i.toString(16).padStart(8, "0")}${Math.floor(random() * 2 ** 32).toString(16).padStart(8, "0").repeat(3)}`;

function pick(random: () => number): (typeof SCENARIOS)[number] {
  let r = random() * TOTAL_WEIGHT;
  for (const scenario of SCENARIOS) {
    r -= scenario.weight;
    if (r < 0) return scenario;
  }
  return SCENARIOS[SCENARIOS.length - 1];
}

/** Emits n Torch and n platform accounts; returns the outcomes the migration must produce. */
export function generateWorld({ n, seed }: { n: number; seed: number }, sink: WorldSink): Record<MigrationOutcomeCode, number> {
  const random = prng(seed);
  const expected = { "E-R1": 0, "E-R2": 0, "E-R3": 0, "E-R4": 0, "P-R1": 0, "P-R2": 0, "P-R3": 0, "P-R4": 0, CONFLICT: 0 };
  let platformCount = 0;
  const platform = (row: Partial<PlatformRow> & Pick<PlatformRow, "type" | "loginName">) => {
    platformCount += 1;
    sink.platform({
      passwordHash: hash(platformCount, random),
      reservedMobile: null,
      realNameStatus: "unverified",
      personName: null,
      verifiedIdHash: null,
      orgName: row.type === "legal" ? `单位${platformCount}` : null,
      uscc: null,
      ...row,
    });
  };
  const verified = (loginName: string, reservedMobile: string) =>
    platform({ type: "natural", loginName, reservedMobile, realNameStatus: "verified", personName: "张三", verifiedIdHash: `v${platformCount}` });

  for (let i = 0; i < n; i++) {
    const scenario = pick(random);
    expected[scenario.outcome] += 1;
    const enterprise = scenario.name.startsWith("E");
    const u = uscc("91", i);
    const p = mobile("138", i);
    const other = mobile("139", i);
    sink.torch({
      kind: enterprise ? "enterprise" : "personal",
      username: enterprise ? u : p,
      passwordHash: hash(i, random),
      displayName: enterprise ? `企业${i}` : `用户${i}`,
      contactMobile: enterprise ? mobile("137", i) : null,
    });
    switch (scenario.name) {
      case "E-R2 own legal named U": platform({ type: "legal", loginName: u, uscc: u }); break;
      case "E-R2 own legal named u (lower case)": platform({ type: "legal", loginName: u.toLowerCase(), uscc: u }); break;
      case "E-R3 U taken by a natural account": platform({ type: "natural", loginName: u, reservedMobile: other }); break;
      case "E-R4 own legal named otherwise": platform({ type: "legal", loginName: `org${i}`, uscc: u }); break;
      case "E-R4 … and U taken → HJ_U":
        platform({ type: "legal", loginName: `org${i}`, uscc: u });
        platform({ type: "natural", loginName: u.toLowerCase() });
        break;
      case "E CONFLICT U and hj_u taken":
        platform({ type: "natural", loginName: u });
        platform({ type: "natural", loginName: `hj_${u.toLowerCase()}` });
        break;
      case "P-R2 own natural named P": platform({ type: "natural", loginName: p, reservedMobile: p }); break;
      case "P-R2 beats verified elsewhere":
        platform({ type: "natural", loginName: p, reservedMobile: p });
        verified(`person${i}`, p);
        break;
      case "P-R3 P taken by someone else": platform({ type: "natural", loginName: p, reservedMobile: other }); break;
      case "P-R4 verified elsewhere": verified(`person${i}`, p); break;
      case "P-R4 beats P taken":
        verified(`person${i}`, p);
        platform({ type: "natural", loginName: p, reservedMobile: other });
        break;
      case "P CONFLICT P and HJ_P taken":
        platform({ type: "natural", loginName: p, reservedMobile: other });
        platform({ type: "legal", loginName: `HJ_${p}`, uscc: uscc("92", n + i) });
        break;
    }
  }
  // Unrelated accounts up to n: natural ones (some verified) and legal ones of other organisations.
  for (let k = 0; platformCount < n; k++) {
    if (k % 3 === 2) platform({ type: "legal", loginName: `corp${k}`, uscc: uscc("92", k), reservedMobile: mobile("150", k) });
    else if (k % 3 === 1) verified(`user${k}`, mobile("151", k));
    else platform({ type: "natural", loginName: `user${k}`, reservedMobile: mobile("150", k) });
  }
  return expected;
}
