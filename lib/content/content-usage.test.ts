import { describe, expect, it } from "vitest";
import { outcomesUsing } from "./content-usage";

describe("outcomesUsing", () => {
  it("gives an outcome text to its own outcome only", () => {
    expect(outcomesUsing({ kind: "outcomes", id: "E-R3" })).toEqual(["E-R3"]);
  });

  it("gives a step text to every outcome whose journey reaches the step", () => {
    const legal = outcomesUsing({ kind: "steps", id: "log-in-legal" });
    expect(legal).toContain("E-R3");
    expect(legal).toContain("E-U1");
    expect(legal).not.toContain("P-R1");
    expect(outcomesUsing({ kind: "steps", id: "call-support" })).toContain("CONFLICT");
    expect(outcomesUsing({ kind: "steps", id: "overview" })).toHaveLength(13);
  });
});
