import { describe, expect, it } from "vitest";
import { verificationSlots, verificationUploadState } from "./upload-state";

describe("verificationUploadState", () => {
  it("opens the upload after a failed check or for an ID that cannot be checked, never before saving the data", () => {
    expect(verificationUploadState({ realNameStatus: "failed", realNameFailure: "name-mismatch", hasIdentity: true })).toBe("ready");
    expect(verificationUploadState({ realNameStatus: "unverified", realNameFailure: "not-checkable", hasIdentity: true })).toBe("ready");
    expect(verificationUploadState({ realNameStatus: "unverified", realNameFailure: null, hasIdentity: true })).toBe("needsIdentity");
    // The identity source did not answer: the user need not wait for it.
    expect(verificationUploadState({ realNameStatus: "unverified", realNameFailure: "service-unavailable", hasIdentity: true })).toBe("ready");
    expect(verificationUploadState({ realNameStatus: "failed", realNameFailure: null, hasIdentity: false })).toBe("needsIdentity");
    expect(verificationUploadState({ realNameStatus: "pending", realNameFailure: null, hasIdentity: true })).toBe("pending");
    expect(verificationUploadState({ realNameStatus: "verified", realNameFailure: null, hasIdentity: true })).toBe("verified");
  });

  it("asks natural accounts for the ID card's two sides and legal ones for licence and authorisation", () => {
    expect(verificationSlots("natural")).toEqual(["id-front", "id-back"]);
    expect(verificationSlots("legal")).toEqual(["business-licence", "authorisation-letter"]);
  });
});
