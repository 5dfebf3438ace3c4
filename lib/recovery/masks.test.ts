import { describe, expect, it } from "vitest";
import { usccTail } from "./masks";

describe("usccTail", () => {
  it("shows the last four characters only", () => {
    expect(usccTail("91110108MA01ET88XL")).toBe("88XL");
    expect(usccTail("short")).toBeNull();
    expect(usccTail(null)).toBeNull();
  });
});
