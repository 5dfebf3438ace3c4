import { describe, expect, it } from "vitest";
import { identifierErrorKey } from "./errors";
import { checkUscc } from "./uscc";

describe("identifierErrorKey", () => {
  it("builds the catalogue key for a check result's error", () => {
    const result = checkUscc("91110108MA01");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(identifierErrorKey("uscc", result.error)).toBe("identifiers.uscc.length");
    expect(identifierErrorKey("residentId", "checkDigit")).toBe("identifiers.residentId.checkDigit");
    expect(identifierErrorKey("mobile", "format")).toBe("identifiers.mobile.format");
  });
});
