import { describe, expect, it } from "vitest";
import { dropOffPercent } from "./flow-diagram-funnel";

describe("dropOffPercent", () => {
  it("is the share of views not followed by completing the step, in whole percent", () => {
    expect(dropOffPercent({ viewed: 3, completed: 2, left: 1 }, { last: false })).toBe(33);
    expect(dropOffPercent({ viewed: 8, completed: 8, left: 0 }, { last: false })).toBe(0);
    expect(dropOffPercent({ viewed: 2, completed: 0, left: 0 }, { last: false })).toBe(100);
  });

  it("never goes below 0 % when completions inside the range follow views before it", () => {
    expect(dropOffPercent({ viewed: 1, completed: 3, left: 0 }, { last: false })).toBe(0);
  });

  it("has no value without views, nor for the last step", () => {
    expect(dropOffPercent({ viewed: 0, completed: 0, left: 0 }, { last: false })).toBeNull();
    expect(dropOffPercent({ viewed: 5, completed: 0, left: 0 }, { last: true })).toBeNull();
  });
});
