import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { viewOfAccounts } from "./account-list-view";
import { InMemoryPlatform } from "./in-memory-platform";
import { resolveTorchOutcome, resolveUnregisteredEnterprise, resolveUnregisteredPersonal } from "./rules";
import { MOBILE_POOL, USCC_POOL, worldArbitrary } from "./testing/world-arbitrary";

describe("viewOfAccounts", () => {
  it("answers like the in-memory platform, so a lookup over fetched accounts gets the same outcomes", () => {
    fc.assert(
      fc.property(worldArbitrary, ({ platform, torch }) => {
        const model = new InMemoryPlatform(platform);
        const list = viewOfAccounts([...platform].reverse());
        for (const t of torch) expect(resolveTorchOutcome(t, list)).toEqual(resolveTorchOutcome(t, model));
        for (const uscc of USCC_POOL) expect(resolveUnregisteredEnterprise(uscc, list)).toEqual(resolveUnregisteredEnterprise(uscc, model));
        for (const mobile of MOBILE_POOL) expect(resolveUnregisteredPersonal(mobile, list)).toEqual(resolveUnregisteredPersonal(mobile, model));
      }),
      { numRuns: 300 },
    );
  });
});
