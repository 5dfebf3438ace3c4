// The benchmark's data: n enterprise Torch accounts with migration records (all four E-R
// outcomes) and n/4 platform legal accounts for USCCs outside Torch (E-U2), written with
// createMany in batches into a fresh migrated database. Returns the USCCs to query: a mix of
// migrated (one read), E-U2 and E-U1 (two reads) inputs.
import { createDb } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations/apply";
import { usccCheckCharacter } from "@/lib/identifiers";

const BATCH = 5_000;
const E_R = ["E-R1", "E-R2", "E-R3", "E-R4"] as const;

function uscc(n: number): string {
  const first17 = `91110108MA${String(n).padStart(7, "0")}`;
  return first17 + usccCheckCharacter(first17);
}

export async function seedLookupBench(url: string, n: number): Promise<string[]> {
  await applyMigrations(url);
  const db = createDb(url);
  try {
    for (let start = 0; start < n; start += BATCH) {
      const ids = Array.from({ length: Math.min(BATCH, n - start) }, (_, i) => start + i + 1);
      await db.torchAccount.createMany({
        data: ids.map((id) => ({ id, kind: "enterprise", username: uscc(id), passwordHash: "md5:0", displayName: `企业${id}` })),
      });
      await db.migrationRecord.createMany({
        data: ids.map((id) => {
          const outcome = E_R[id % 4];
          const loginName = outcome === "E-R3" ? `HJ_${uscc(id)}` : uscc(id);
          return { torchAccountId: id, outcome, loginName, window: outcome === "E-R4" ? "natural" : "legal" };
        }),
      });
    }
    const outside = Math.ceil(n / 4);
    for (let start = 0; start < outside; start += BATCH) {
      const ids = Array.from({ length: Math.min(BATCH, outside - start) }, (_, i) => n + start + i + 1);
      await db.platformAccount.createMany({
        data: ids.map((id) => ({ type: "legal", loginName: `org${id}`, loginNameKey: `org${id}`, passwordHash: "md5:0", uscc: uscc(id), orgName: `单位${id}` })),
      });
    }
    // 8 of 10 queries hit a migrated account, 1 an E-U2 account, 1 a USCC nobody knows (E-U1).
    return Array.from({ length: 1_000 }, (_, i) => {
      if (i % 10 === 8) return uscc(n + 1 + ((i * 7919) % outside));
      if (i % 10 === 9) return uscc(n + outside + 1 + i);
      return uscc(1 + ((i * 104_729) % n));
    });
  } finally {
    await db.$disconnect();
  }
}
