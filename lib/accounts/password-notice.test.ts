import { describe, expect, it } from "vitest";
import { passwordNotice } from "./password-notice";

describe("passwordNotice", () => {
  it("invites a change while the last login found a weak password, until a later change", () => {
    const login = new Date("2026-11-29T08:00:00Z");
    expect(passwordNotice({ origin: "registered", passwordChangedAt: null, weakPasswordAt: login })).toBe("weak");
    expect(passwordNotice({ origin: "registered", passwordChangedAt: new Date("2026-11-01T00:00:00Z"), weakPasswordAt: login })).toBe("weak");
    expect(passwordNotice({ origin: "registered", passwordChangedAt: new Date("2026-11-29T09:00:00Z"), weakPasswordAt: login })).toBeNull();
  });
  it("invites a change while a migrated account keeps its Torch password", () => {
    expect(passwordNotice({ origin: "migrated", passwordChangedAt: null, weakPasswordAt: null })).toBe("torch");
    expect(passwordNotice({ origin: "migrated", passwordChangedAt: new Date(), weakPasswordAt: null })).toBeNull();
  });
  it("stays quiet otherwise", () => {
    expect(passwordNotice({ origin: "imported", passwordChangedAt: null, weakPasswordAt: null })).toBeNull();
  });
});
