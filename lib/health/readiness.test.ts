import { describe, expect, it } from "vitest";
import { pendingMigrations, withinTime } from "./readiness";

describe("pendingMigrations", () => {
  it("lists shipped migrations the database lacks, in order", () => {
    expect(pendingMigrations(["a", "b", "c"], ["a"])).toEqual(["b", "c"]);
    expect(pendingMigrations(["a", "b"], ["b", "a", "z"])).toEqual([]);
  });
});

describe("withinTime", () => {
  it("passes an answer through and gives up on silence", async () => {
    await expect(withinTime(Promise.resolve(7), 1000)).resolves.toBe(7);
    await expect(withinTime(new Promise(() => undefined), 10)).rejects.toThrow(/no answer within 10 ms/);
  });
});
