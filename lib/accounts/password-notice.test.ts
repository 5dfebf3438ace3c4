import { describe, expect, it } from "vitest";
import { passwordNotice } from "./password-notice";

describe("passwordNotice", () => {
  it("invites a change when the login found a weak password", () => {
    expect(passwordNotice({ origin: "registered", passwordChangedAt: new Date(), weakAtLogin: true })).toBe("weak");
  });
  it("invites a change while a migrated account keeps its Torch password", () => {
    expect(passwordNotice({ origin: "migrated", passwordChangedAt: null, weakAtLogin: false })).toBe("torch");
    expect(passwordNotice({ origin: "migrated", passwordChangedAt: new Date(), weakAtLogin: false })).toBeNull();
  });
  it("stays quiet otherwise", () => {
    expect(passwordNotice({ origin: "imported", passwordChangedAt: null, weakAtLogin: false })).toBeNull();
  });
});
