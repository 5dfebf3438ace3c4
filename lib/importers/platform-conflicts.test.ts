import { describe, expect, it } from "vitest";
import { describeLoginNameRepeat, platformRefusal, type StoredPlatformAccount } from "./platform-conflicts";

const candidate = (line: number, loginName: string, uscc: string | null = null, verifiedIdHash: string | null = null) => ({
  line,
  value: { loginName, uscc, verifiedIdHash },
});
const account = (id: number, loginName: string, origin = "imported"): StoredPlatformAccount => ({ id, loginName, origin, fingerprint: "" });

describe("platformRefusal", () => {
  it("refuses a login name that differs only in case, and accounts not created by an import", () => {
    const refuse = platformRefusal({ uscc: new Map(), verifiedId: new Map() });
    expect(refuse(candidate(2, "lisi2020"), account(1, "LiSi2020"))).toMatch(/differs only in case from the existing account "LiSi2020"/);
    expect(refuse(candidate(3, "LiSi2020"), account(1, "LiSi2020", "registered"))).toMatch(/registered on the platform/);
    expect(refuse(candidate(4, "LiSi2020"), account(1, "LiSi2020"))).toBeUndefined();
  });

  it("keeps one legal account per USCC and one verified account per ID, in the database and in the batch", () => {
    const refuse = platformRefusal({ uscc: new Map([["U1", 5]]), verifiedId: new Map([["H1", 6]]) });
    expect(refuse(candidate(2, "a", "U1"), undefined)).toBe("another legal account already has USCC U1");
    expect(refuse(candidate(3, "b", "U1"), account(5, "b"))).toBeUndefined();
    expect(refuse(candidate(4, "c", null, "H1"), undefined)).toBe("this ID number is already verified on another account");
    expect(refuse(candidate(5, "d", "U2", "H2"), undefined)).toBeUndefined();
    expect(refuse(candidate(6, "e", "U2"), undefined)).toBe("line 5 already has a legal account for USCC U2");
    expect(refuse(candidate(7, "f", null, "H2"), undefined)).toBe("this ID number is already verified on the account of line 5");
  });

  it("describes case-only repeats", () => {
    expect(describeLoginNameRepeat({ loginName: "LISI", uscc: null, verifiedIdHash: null }, { loginName: "lisi" })).toMatch(/only in case/);
    expect(describeLoginNameRepeat({ loginName: "lisi", uscc: null, verifiedIdHash: null }, { loginName: "lisi" })).toBeUndefined();
  });
});
