// Every outcome of domain.md §3 reached through seeded data: Torch accounts are answered from
// their migration record, input with no Torch account by the E-U / P-U rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findLookupResult, lookupDirect } from "@/lib/lookup/find-lookup-result";
import type { LookupResult } from "@/lib/lookup/types";
import { runMigration } from "@/lib/migration/run-migration";
import {
  badCheckUscc,
  makeMigratedTorchAccount,
  makePlatformAccount,
  makeTorchAccount,
  mobile,
  validUscc,
} from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

// On SQLite the hot read can bypass Prisma (given the URL); both ways must answer alike.
const modes = process.env.TEST_DATABASE_URL?.startsWith("postgres") ? ["prisma"] : ["prisma", "sqlite-direct"];
let mode = "prisma";
/** Inserted mid-name so fixed names stay unique across modes and keep their masked form. */
const tag = () => (mode === "prisma" ? "p" : "s");
const look = (input: string) => findLookupResult({ db: t.db, input, databaseUrl: mode === "sqlite-direct" ? t.url : undefined });

async function rejection(promise: Promise<unknown>) {
  return promise.then(() => null, (e: unknown) => e as { code: string; field?: string; name: string });
}

describe.each(modes)("read through %s", (current) => {
  beforeAll(() => {
    mode = current;
  });

  describe("Torch accounts: read from the migration record", () => {
    const cases: Array<[string, "enterprise" | "personal", (u: string) => string | null, "natural" | "legal" | null, (u: string) => string | null]> = [
      ["E-R1", "enterprise", (u) => u, "legal", (u) => u],
      ["E-R2", "enterprise", (u) => u, "legal", (u) => u],
      ["E-R3", "enterprise", (u) => `HJ_${u}`, "legal", (u) => `HJ_${u}`],
      ["E-R4", "enterprise", (u) => u, "natural", (u) => u],
      ["P-R1", "personal", (p) => p, "natural", (p) => p],
      ["P-R2", "personal", (p) => p, "natural", (p) => p],
      ["P-R3", "personal", (p) => `HJ_${p}`, "natural", (p) => `HJ_${p}`],
      ["P-R4", "personal", () => null, null, () => null],
      ["CONFLICT", "enterprise", () => null, null, () => null],
    ];
    for (const [outcome, kind, stored, window, shown] of cases) {
      it(`${outcome}`, async () => {
        const username = kind === "enterprise" ? validUscc() : mobile();
        await makeMigratedTorchAccount(t.db, { kind, username }, { outcome, loginName: stored(username), window });
        expect(await look(username)).toEqual({ input: username, kind, registeredInTorch: true, outcome, loginName: shown(username), window });
      });
    }

    it("masks a stored name that is not derived from the input", async () => {
      const u = validUscc();
      await makeMigratedTorchAccount(t.db, { kind: "enterprise", username: u }, { outcome: "E-R2", loginName: `acme${tag()}2020`, window: "legal" });
      expect((await look(u)).loginName).toBe("ac****20");
    });

    it("answers the record even when the platform has changed since (no recomputation)", async () => {
      const p = mobile();
      await makeMigratedTorchAccount(t.db, { kind: "personal", username: p }, { outcome: "P-R1", loginName: p, window: "natural" });
      await makePlatformAccount(t.db, { loginName: `HJ_${p}`, realNameStatus: "verified", reservedMobile: p });
      expect(await look(p)).toMatchObject({ outcome: "P-R1", loginName: p });
    });

    it("reports an imported Torch account the migration has not reached yet", async () => {
      const u = validUscc();
      await makeTorchAccount(t.db, { kind: "enterprise", username: u });
      expect(await rejection(look(u))).toMatchObject({ code: "lookup.notMigrated" });
    });

    it("normalises the input before reading", async () => {
      const p = mobile();
      await makeMigratedTorchAccount(t.db, { kind: "personal", username: p }, { outcome: "P-R1", loginName: p, window: "natural" });
      const spaced = `+86 ${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`;
      expect(await (mode === "prisma" ? lookupDirect(spaced, { db: t.db }) : look(spaced))).toMatchObject({ input: p, outcome: "P-R1" });
    });
  });

  describe("no Torch account: E-U and P-U rules over the platform accounts", () => {
    it("E-U1: nothing anywhere", async () => {
      const u = validUscc();
      expect(await look(u)).toEqual({ input: u, kind: "enterprise", registeredInTorch: false, outcome: "E-U1", loginName: null, window: null });
    });

    it("E-U2: a legal account carries the USCC (its name masked unless derived from the USCC)", async () => {
      const u = validUscc();
      await makePlatformAccount(t.db, { type: "legal", loginName: `bright${tag()}-tech`, uscc: u });
      expect(await look(u)).toEqual({ input: u, kind: "enterprise", registeredInTorch: false, outcome: "E-U2", loginName: "br****ch", window: "legal" });
      const v = validUscc();
      await makePlatformAccount(t.db, { type: "legal", loginName: v.toLowerCase(), uscc: v });
      expect((await look(v)).loginName).toBe(v.toLowerCase());
    });

    it("P-U1: no natural account has the mobile", async () => {
      const p = mobile();
      await makePlatformAccount(t.db, { type: "legal", loginName: p, uscc: validUscc() });
      expect(await look(p)).toEqual({ input: p, kind: "personal", registeredInTorch: false, outcome: "P-U1", loginName: null, window: null });
    });

    it("P-U2: a natural account has the mobile as login name or as reserved mobile", async () => {
      const p = mobile();
      await makePlatformAccount(t.db, { loginName: p });
      expect(await look(p)).toMatchObject({ outcome: "P-U2", loginName: p, window: "natural", registeredInTorch: false });
      const q = mobile();
      await makePlatformAccount(t.db, { loginName: `wang${tag()}wu88`, reservedMobile: q });
      expect(await look(q)).toMatchObject({ outcome: "P-U2", loginName: "wa****88", window: "natural" });
    });
  });

  describe("invalid input", () => {
    const cases: Array<[string, string]> = [
      ["", "lookup.q.empty"],
      ["91110108MA01ET88", "lookup.q.uscc.length"],
      ["91110108MA01ET88XO", "lookup.q.uscc.charset"],
      ["1234567", "lookup.q.mobile.format"],
    ];
    for (const [input, code] of cases) {
      it(`${JSON.stringify(input)} → ${code}`, async () => {
        expect(await rejection(look(input))).toMatchObject({ name: "LookupInputError", code, field: "q" });
      });
    }

    it("a USCC with a wrong check character that no data knows looks mistyped", async () => {
      expect(await rejection(look(badCheckUscc()))).toMatchObject({ code: "lookup.q.usccCheck", field: "q" });
    });

    it("a known USCC with a wrong check character works normally", async () => {
      const early = badCheckUscc();
      await makeMigratedTorchAccount(t.db, { kind: "enterprise", username: early, checkWarning: true }, { outcome: "E-R1", loginName: early, window: "legal" });
      expect(await look(early)).toMatchObject({ outcome: "E-R1", loginName: early });
      const platformOnly = badCheckUscc();
      await makePlatformAccount(t.db, { type: "legal", loginName: `early${tag()}-org`, uscc: platformOnly });
      expect(await look(platformOnly)).toMatchObject({ outcome: "E-U2", loginName: "ea****rg" });
    });
  });

  describe("after a real migration run", () => {
    it("answers what the migration decided, for every kind of Torch account", async () => {
      const [u1, u2, u3, u4] = [validUscc(), validUscc(), validUscc(), validUscc()];
      const [p1, p2, p3, p4] = [mobile(), mobile(), mobile(), mobile()];
      await makePlatformAccount(t.db, { type: "legal", loginName: u2, uscc: u2 });
      await makePlatformAccount(t.db, { loginName: u3 });
      await makePlatformAccount(t.db, { type: "legal", loginName: `own-${tag()}legal-4`, uscc: u4 });
      await makePlatformAccount(t.db, { loginName: p2, reservedMobile: p2 });
      await makePlatformAccount(t.db, { loginName: p3 });
      await makePlatformAccount(t.db, { loginName: `verified-${tag()}4`, reservedMobile: p4, realNameStatus: "verified" });
      for (const u of [u1, u2, u3, u4]) await makeTorchAccount(t.db, { kind: "enterprise", username: u });
      for (const p of [p1, p2, p3, p4]) await makeTorchAccount(t.db, { kind: "personal", username: p });
      await runMigration({ databaseUrl: t.url });
      const summary = async (input: string) => {
        const r: LookupResult = await look(input);
        return [r.outcome, r.loginName, r.window];
      };
      expect(await summary(u1)).toEqual(["E-R1", u1, "legal"]);
      expect(await summary(u2)).toEqual(["E-R2", u2, "legal"]);
      expect(await summary(u3)).toEqual(["E-R3", `HJ_${u3}`, "legal"]);
      expect(await summary(u4)).toEqual(["E-R4", u4, "natural"]);
      expect(await summary(p1)).toEqual(["P-R1", p1, "natural"]);
      expect(await summary(p2)).toEqual(["P-R2", p2, "natural"]);
      expect(await summary(p3)).toEqual(["P-R3", `HJ_${p3}`, "natural"]);
      expect(await summary(p4)).toEqual(["P-R4", null, null]);
    });
  });
});
