import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InMemoryPlatform } from "./in-memory-platform";
import { MIGRATION_OUTCOME_CODES, WINDOW_BY_OUTCOME } from "./outcomes";
import { resolveTorchOutcome } from "./rules";
import { worldArbitrary } from "./testing/world-arbitrary";

const runs = { numRuns: 500 };

describe("migration rules over random worlds", () => {
  it("reaches every migration outcome (the generated worlds are varied enough to mean something)", () => {
    const seen = new Set<string>();
    for (const { platform, torch } of fc.sample(worldArbitrary, { numRuns: 500, seed: 7 })) {
      const model = new InMemoryPlatform(platform);
      model.migrate(torch);
      for (const record of model.records.values()) seen.add(record.outcome);
    }
    expect([...seen].sort()).toEqual([...MIGRATION_OUTCOME_CODES].sort());
  });

  it("gives every Torch account exactly one outcome of its own kind, with the outcome's window", () => {
    fc.assert(
      fc.property(worldArbitrary, ({ platform, torch }) => {
        const model = new InMemoryPlatform(platform);
        model.migrate(torch);
        expect([...model.records.keys()].sort((a, b) => a - b)).toEqual(torch.map((t) => t.id));
        for (const t of torch) {
          const record = model.records.get(t.id)!;
          if (record.outcome !== "CONFLICT") expect(record.outcome[0]).toBe(t.kind === "enterprise" ? "E" : "P");
          expect(record.window).toBe(WINDOW_BY_OUTCOME[record.outcome]);
        }
      }),
      runs,
    );
  });

  it("never lets two platform accounts share a login name (case-insensitively) or a USCC", () => {
    fc.assert(
      fc.property(worldArbitrary, ({ platform, torch }) => {
        const model = new InMemoryPlatform(platform);
        model.migrate(torch);
        const keys = model.accounts.map((a) => a.loginName.toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
        const usccs = model.accounts.flatMap((a) => (a.uscc ? [a.uscc] : []));
        expect(new Set(usccs).size).toBe(usccs.length);
      }),
      runs,
    );
  });

  it("creates nothing and changes nothing when applied a second time", () => {
    fc.assert(
      fc.property(worldArbitrary, ({ platform, torch }) => {
        const model = new InMemoryPlatform(platform);
        const first = model.migrate(torch);
        const before = JSON.stringify([model.accounts, [...model.records], model.authorisations]);
        expect(model.migrate(torch)).toBe(0);
        expect(JSON.stringify([model.accounts, [...model.records], model.authorisations])).toBe(before);
        expect(first).toBe(model.accounts.length - platform.length);
      }),
      runs,
    );
  });

  it("decides each account as it would against the platform before the run (so set-based SQL may decide a batch at once)", () => {
    fc.assert(
      fc.property(worldArbitrary, ({ platform, torch }) => {
        const before = new InMemoryPlatform(platform);
        const model = new InMemoryPlatform(platform);
        model.migrate(torch);
        for (const t of torch) {
          const alone = resolveTorchOutcome(t, before);
          const record = model.records.get(t.id)!;
          expect({ outcome: record.outcome, loginName: record.loginName }).toEqual({ outcome: alone.outcome, loginName: alone.loginName });
        }
      }),
      runs,
    );
  });

  it("carries the Torch password hash into every created account and authorises each E-R4 account twice", () => {
    fc.assert(
      fc.property(worldArbitrary, ({ platform, torch }) => {
        const model = new InMemoryPlatform(platform);
        model.migrate(torch);
        for (const t of torch) {
          const record = model.records.get(t.id)!;
          if (!record.accountCreated) continue;
          const created = model.accounts.find((a) => a.id === record.platformAccountId)!;
          expect(created).toMatchObject({ passwordHash: t.passwordHash, origin: "migrated", loginName: record.loginName });
          const grants = model.authorisations.filter((g) => g.accountId === created.id);
          expect(grants.map((g) => `${g.uscc}/${g.system}`)).toEqual(record.outcome === "E-R4" ? [`${t.username}/gaoqi`, `${t.username}/kexiao`] : []);
        }
      }),
      runs,
    );
  });
});
